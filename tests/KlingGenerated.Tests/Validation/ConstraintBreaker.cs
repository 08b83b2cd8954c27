using System.Collections;
using System.Globalization;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KlingGenerated.Tests.Validation;

/// <summary>
/// Builds, for one spec constraint, a valid request with that property set just past the spec's
/// limit (or just at it), so each row of the constraint table is exercised from the spec's own numbers.
/// </summary>
internal static class ConstraintBreaker
{
    private static readonly KlingImage Url = KlingImage.FromUrl("https://example.com/cat.png");

    /// <summary>A valid request holding an object of each schema, and the JSON path of that object.</summary>
    private static readonly Dictionary<string, (Func<object> Request, Func<object, object> Owner, string Path)> Owners = new()
    {
        ["ImageToVideoRequest"] = (() => new ImageToVideoRequest { Image = Url }, r => r, ""),
        ["DynamicMask"] = (() => new ImageToVideoRequest { Image = Url, DynamicMasks = [Mask(), Mask()] }, r => ((ImageToVideoRequest)r).DynamicMasks![1], "dynamic_masks[1]"),
        ["TrajectoryPoint"] = (() => new ImageToVideoRequest { Image = Url, DynamicMasks = [Mask()] }, r => ((ImageToVideoRequest)r).DynamicMasks![0].Trajectories[0], "dynamic_masks[0].trajectories[0]"),
        ["CameraControl"] = (() => new ImageToVideoRequest { Image = Url, CameraControl = Camera() }, r => ((ImageToVideoRequest)r).CameraControl!, "camera_control"),
        ["CameraControlConfig"] = (() => new ImageToVideoRequest { Image = Url, CameraControl = Camera() }, r => ((ImageToVideoRequest)r).CameraControl!.Config!, "camera_control.config"),
        ["VoiceReference"] = (() => new ImageToVideoRequest { Image = Url, VoiceList = [Voice(), Voice()] }, r => ((ImageToVideoRequest)r).VoiceList![1], "voice_list[1]"),
        ["ElementReference"] = (() => new ImageToVideoRequest { Image = Url, ElementList = [Element()] }, r => ((ImageToVideoRequest)r).ElementList![0], "element_list[0]"),
        ["ShotPrompt"] = (() => new ImageToVideoRequest { Image = Url, MultiPrompt = [Shot()] }, r => ((ImageToVideoRequest)r).MultiPrompt![0], "multi_prompt[0]"),
        ["MultiImageToVideoRequest"] = (() => new MultiImageToVideoRequest { ImageList = [Item(), Item(), Item()], Prompt = "go" }, r => r, ""),
        ["ImageListItem"] = (() => new MultiImageToVideoRequest { ImageList = [Item(), Item(), Item()], Prompt = "go" }, r => ((MultiImageToVideoRequest)r).ImageList[2], "image_list[2]"),
        ["ImageGenerationRequest"] = (() => new ImageGenerationRequest { SubjectImageList = [Subject(), Subject()] }, r => r, ""),
        ["SubjectImageItem"] = (() => new ImageGenerationRequest { SubjectImageList = [Subject(), Subject()] }, r => ((ImageGenerationRequest)r).SubjectImageList[1], "subject_image_list[1]"),
        ["MultiImageToImageRequest"] = (() => new MultiImageToImageRequest { SubjectImageList = [Subject(), Subject()] }, r => r, ""),
    };

    public static IEnumerable<string> Schemas => Owners.Keys;

    /// <summary>A request breaking the constraint, the path the failure must name, and the words it must contain.</summary>
    public static (object Request, string Path, string[] Mentions) Break(SpecConstraint constraint) => Build(constraint, broken: true);

    /// <summary>The same request with the property exactly at the limit, which must pass.</summary>
    public static (object Request, string Path) AtLimit(SpecConstraint constraint)
    {
        var (request, path, _) = Build(constraint, broken: false);
        return (request, path);
    }

    /// <summary>Whether the generated C# type makes the property impossible to leave out (a non-nullable value sent always).</summary>
    public static bool IsAlwaysSent(SpecConstraint constraint, out string json)
    {
        var (request, _, _) = Build(constraint with { Keyword = "present" }, broken: false);
        var property = PropertyOf(Owners[constraint.Schema].Owner(request).GetType(), constraint.Property);
        json = JsonConvert.SerializeObject(Owners[constraint.Schema].Owner(request));
        return property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null
            && property.GetCustomAttribute<JsonPropertyAttribute>()!.Required == Required.Always;
    }

    private static (object, string, string[]) Build(SpecConstraint constraint, bool broken)
    {
        var (makeRequest, selectOwner, ownerPath) = Owners[constraint.Schema];
        var request = makeRequest();
        var owner = selectOwner(request);
        var property = PropertyOf(owner.GetType(), constraint.Property);
        var path = ownerPath.Length == 0 ? constraint.Property : $"{ownerPath}.{constraint.Property}";
        var limit = constraint.Value?.Type is JTokenType.Integer or JTokenType.Float ? constraint.Value.Value<double>() : double.NaN;
        var step = broken ? 1 : 0;
        string[] mentions = [Number(limit)];
        switch (constraint.Keyword)
        {
            case "maxLength":
                property.SetValue(owner, new string('a', (int)limit + step));
                break;
            case "minLength" when property.PropertyType == typeof(KlingImage):
                // An image is never an empty string on the wire: an image with no bytes fails as no image at all.
                if (broken)
                {
                    property.SetValue(owner, KlingImage.FromBytes(ReadOnlyMemory<byte>.Empty, "empty.png"));
                }

                mentions = ["empty.png: not a JPEG or PNG image"];
                break;
            case "minLength":
                property.SetValue(owner, new string('a', (int)limit - step));
                mentions = limit == 1 ? ["must not be empty"] : mentions;
                break;
            case "maxItems":
                property.SetValue(owner, ListOf(property, owner, (int)limit + step));
                break;
            case "minItems":
                property.SetValue(owner, ListOf(property, owner, (int)limit - step));
                break;
            case "maximum":
                property.SetValue(owner, NumberOf(property, limit + step));
                break;
            case "minimum":
                property.SetValue(owner, NumberOf(property, limit - step));
                break;
            case "enum":
                var enumType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                property.SetValue(owner, Enum.ToObject(enumType, broken ? 99 : 0));
                mentions = [.. constraint.Value!.Select(v => $"\"{v.Value<string>()}\"")];
                break;
            case "required":
                property.SetValue(owner, broken ? null : property.GetValue(owner));
                mentions = ["is required"];
                break;
            case "present":
                break;
            default:
                throw new NotSupportedException($"No test knows how to break '{constraint.Keyword}' yet ({constraint}).");
        }

        return (request, path, mentions);
    }

    private static PropertyInfo PropertyOf(Type type, string wireName) =>
        type.GetProperties().Single(p => p.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName == wireName);

    private static IList ListOf(PropertyInfo property, object owner, int count)
    {
        var itemType = property.PropertyType.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        var existing = property.GetValue(owner) as IList;
        var sample = existing is { Count: > 0 } ? existing[0] : Activator.CreateInstance(itemType);
        for (var i = 0; i < count; i++)
        {
            list.Add(sample);
        }

        return list;
    }

    private static object NumberOf(PropertyInfo property, double value) =>
        (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) == typeof(int) ? (object)(int)value : value;

    private static string Number(double value) => double.IsNaN(value) ? string.Empty : value.ToString(CultureInfo.InvariantCulture);

    private static DynamicMask Mask() => new() { Mask = Url, Trajectories = [new TrajectoryPoint { X = 0, Y = 0 }, new TrajectoryPoint { X = 10, Y = 10 }] };

    private static CameraControl Camera() => new() { Type = CameraControlType.Simple, Config = new CameraControlConfig { Zoom = 1 } };

    private static VoiceReference Voice() => new() { VoiceId = "voice-1" };

    private static ElementReference Element() => new() { ElementId = 1 };

    private static ShotPrompt Shot() => new() { Index = 1, Prompt = "The cat blinks.", Duration = "5" };

    private static ImageListItem Item() => new() { Image = Url };

    private static SubjectImageItem Subject() => new() { SubjectImage = Url };
}
