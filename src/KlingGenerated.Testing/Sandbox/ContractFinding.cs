namespace KlingGenerated.Testing;

/// <summary>
/// Something a request did beyond the spec: either a contract violation the sandbox refused (code
/// 1201), or a field the spec does not name, which the open create schemas let through.
/// </summary>
public sealed class ContractFinding
{
    internal ContractFinding(KlingRoute route, string reason, bool refused, RecordedRequest request)
    {
        Route = route;
        Reason = reason;
        Refused = refused;
        Request = request;
    }

    /// <summary>The route it was sent to.</summary>
    public KlingRoute Route { get; }

    /// <summary>What was found, naming the field ("unknown field `enhance_prompt` (not in the spec)").</summary>
    public string Reason { get; }

    /// <summary>Whether the sandbox refused the request for it; an unknown field alone is not refused.</summary>
    public bool Refused { get; }

    /// <summary>The raw request, as WireMock journaled it.</summary>
    public RecordedRequest Request { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Request}: {Reason}{(Refused ? " (refused)" : string.Empty)}";
}
