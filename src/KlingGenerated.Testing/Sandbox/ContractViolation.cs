namespace KlingGenerated.Testing;

/// <summary>A request whose body broke the spec's schema, and the reason the sandbox gave in its 400 (code 1201).</summary>
public sealed class ContractViolation
{
    internal ContractViolation(KlingRoute route, string reason, RecordedRequest request)
    {
        Route = route;
        Reason = reason;
        Request = request;
    }

    /// <summary>The route it was sent to.</summary>
    public KlingRoute Route { get; }

    /// <summary>What is wrong, naming the field ("image_list must have at most 4 items").</summary>
    public string Reason { get; }

    /// <summary>The raw request, as WireMock journaled it.</summary>
    public RecordedRequest Request { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Request}: {Reason}";
}
