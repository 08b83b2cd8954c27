using System.Security.Cryptography;
using System.Text;

namespace KlingGenerated.Testing;

/// <summary>
/// The Authorization header a request carried. It can be compared with a key but never printed:
/// <see cref="ToString"/> shows the scheme and the length only, so a failing assertion cannot leak it.
/// </summary>
public sealed class ReceivedAuthorization
{
    private readonly string? _value;

    internal ReceivedAuthorization(string? value) => _value = value;

    /// <summary>Whether the request had an Authorization header at all.</summary>
    public bool IsPresent => _value is not null;

    /// <summary>The scheme ("Bearer"), or null without a header.</summary>
    public string? Scheme => _value?.Split(' ', 2)[0];

    /// <summary>Whether the header was exactly <c>Bearer {apiKey}</c>.</summary>
    public bool IsBearer(string apiKey)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        return _value is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(_value), Encoding.UTF8.GetBytes("Bearer " + apiKey));
    }

    /// <inheritdoc />
    public override string ToString() =>
        _value is null ? "(no Authorization header)" : $"{Scheme} (redacted, {_value.Length - Scheme!.Length - 1} characters)";
}
