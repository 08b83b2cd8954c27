using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace KlingGenerated;

/// <summary>
/// Reads the body of a notification Kling posted to a <c>callback_url</c> into the <see cref="TaskData"/> a query
/// returns, with the client's own JSON settings and tolerant readers. It checks no signature; callers read
/// notifications through <see cref="KlingCallbackReceiver"/>, which checks one first when it has a secret.
/// </summary>
internal static class KlingCallback
{
    /// <summary>Reads a notification's body (UTF-8 JSON: the task object, as a query returns it in <c>data</c>).</summary>
    /// <exception cref="KlingCallbackException">The body is larger than 16 MiB, is not a JSON object, or has no <c>task_id</c>.</exception>
    public static TaskData Parse(ReadOnlySpan<byte> body) => Parse(body, KlingCallbackOptions.DefaultMaxBodyBytes);

    /// <summary>Reads a notification's body given as text.</summary>
    /// <exception cref="KlingCallbackException">The body is larger than 16 MiB, is not a JSON object, or has no <c>task_id</c>.</exception>
    public static TaskData Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Parse(Encoding.UTF8.GetBytes(body));
    }

    internal static TaskData Parse(ReadOnlySpan<byte> body, long maxBytes)
    {
        if (body.Length > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        TaskData? task;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body.ToArray(), writable: false), Encoding.UTF8));
            if (!reader.Read() || reader.TokenType != JsonToken.StartObject)
            {
                throw new KlingCallbackException($"The Kling callback's body is not a JSON object ({Describe(reader.TokenType)}), so it is not a task.");
            }

            task = JsonSerializer.Create(KlingClient.ResponseSerializerSettings).Deserialize<TaskData>(reader);
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                throw new KlingCallbackException("The Kling callback's body has more after its JSON object, so it is not one task.");
            }
        }
        catch (JsonException exception)
        {
            // The reader's own message may quote values (signed result URLs); say where, not what, and keep
            // the reader's exception out too, since a logged ToString() would print its message.
            var (path, line, position) = exception switch
            {
                JsonReaderException r => (r.Path, r.LineNumber, r.LinePosition),
                JsonSerializationException s => (s.Path, s.LineNumber, s.LinePosition),
                _ => (null, 0, 0),
            };
            throw new KlingCallbackException(string.Create(CultureInfo.InvariantCulture,
                $"The Kling callback's body is not a readable task: the JSON breaks at {(string.IsNullOrEmpty(path) ? "its start" : path)} (line {line}, position {position})."));
        }

        if (string.IsNullOrWhiteSpace(task?.TaskId))
        {
            throw new KlingCallbackException("The Kling callback's body has no task_id, so it names no task.");
        }

        return task;
    }

    internal static KlingCallbackException TooLarge(long maxBytes) => new(string.Create(CultureInfo.InvariantCulture,
        $"The Kling callback's body is larger than the limit of {maxBytes} bytes (KlingCallbackOptions.MaxBodyBytes), so it was not read."));

    private static string Describe(JsonToken token) => token switch
    {
        JsonToken.None => "it is empty",
        JsonToken.StartArray => "it is an array",
        JsonToken.String => "it is a string",
        JsonToken.Integer or JsonToken.Float => "it is a number",
        JsonToken.Boolean => "it is a boolean",
        JsonToken.Null => "it is null",
        _ => "it is " + token.ToString().ToLowerInvariant(),
    };
}
