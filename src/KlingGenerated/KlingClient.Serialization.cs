using Newtonsoft.Json;

namespace KlingGenerated;

// Adds to the generated client: its response serializer settings, shared with the callback reader so a
// notification is read exactly as a query's answer is (same settings, same tolerant converters).
public partial class KlingClient
{
    /// <summary>The settings the generated operations read every answer with.</summary>
    internal static JsonSerializerSettings ResponseSerializerSettings => _settings.Value;
}
