using System.Collections;

namespace KlingGenerated;

/// <summary>
/// Walks a request and everything under it (nested objects, list items), checking each property
/// against its generated constraints, each image (every KlingImage-typed field), and the cross-field
/// rules. It collects every failure with its JSON path.
/// </summary>
internal sealed class RequestWalker
{
    // Made on first use: most requests are valid and carry no local image, and every create walks.
    private List<KlingValidationFailure>? _failures;

    public IReadOnlyList<KlingValidationFailure> Failures => _failures ?? (IReadOnlyList<KlingValidationFailure>)Array.Empty<KlingValidationFailure>();

    /// <summary>Whether the model rules run: what the named model supports, by Kling's capability map.</summary>
    public bool CheckModelCapabilities { get; private init; }

    public static RequestWalker Walk(object request, bool checkModelCapabilities)
    {
        var walker = new RequestWalker { CheckModelCapabilities = checkModelCapabilities };
        walker.Visit(request, string.Empty);
        return walker;
    }

    public void Fail(string path, string message) => (_failures ??= []).Add(new KlingValidationFailure(path, message));

    public static string Join(string path, string wireName) => path.Length == 0 ? wireName : $"{path}.{wireName}";

    private void Visit(object model, string path)
    {
        var shape = DtoShape.Of(model.GetType());
        foreach (var property in shape.Properties)
        {
            var value = property.GetValue(model);
            var propertyPath = Join(path, property.WireName);
            foreach (var constraint in property.Constraints)
            {
                if (!constraint.IsValid(value))
                {
                    Fail(propertyPath, ConstraintMessages.Describe(constraint, value, property.WireName));
                    break; // one failure per field: an empty required prompt is not also "too short"
                }
            }

            VisitValue(value, propertyPath);
        }

        if (shape.ExtraFields is not null)
        {
            VisitExtraFields(model, shape, path);
        }

        RequestRules.Check(model, path, this);
    }

    // An extra field serializes next to the named ones; one spelled like a named field would send that
    // key twice, and which value Kling keeps is anyone's guess, so it is refused rather than sent.
    private void VisitExtraFields(object model, DtoShape shape, string path)
    {
        if (shape.ExtraFields!.GetValue(model) is not IDictionary<string, object> extra || extra.Count == 0)
        {
            return;
        }

        foreach (var key in extra.Keys)
        {
            foreach (var property in shape.Properties)
            {
                if (string.Equals(property.WireName, key, StringComparison.Ordinal))
                {
                    Fail(Join(path, key),
                        $"is set in {shape.ExtraFields.Name} but \"{key}\" is a known field: set the {property.Property.Name} property instead");
                    break;
                }
            }
        }
    }

    private void VisitValue(object? value, string path)
    {
        switch (value)
        {
            case null or string: // a string is IEnumerable, but never holds a model
                return;
            case KlingImage image:
                foreach (var problem in KlingImageChecks.Check(image))
                {
                    Fail(path, problem);
                }

                return;
            case Enum member when !Enum.IsDefined(member.GetType(), member):
                Fail(path, ConstraintMessages.UndefinedEnum(member));
                return;
            case double number when !double.IsFinite(number):
                Fail(path, "must be a finite number");
                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    var itemPath = $"{path}[{index++}]";
                    if (item is null)
                    {
                        Fail(itemPath, "must not be null");
                    }
                    else if (DtoShape.IsModel(item))
                    {
                        Visit(item, itemPath);
                    }
                }

                return;
            case not null when DtoShape.IsModel(value):
                Visit(value, path);
                return;
        }
    }
}
