using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Rehab.Web.Errors;

/// <summary>
/// Refuses a JSON body whose list holds an empty entry (<c>null</c>) where the body's type says every entry is
/// required, so that no handler meets a null it does not expect. Lists declared with nullable entries keep them.
/// </summary>
public static class NullListEntries
{
    /// <summary>A type-info modifier for the API's JSON options.</summary>
    public static void Refuse(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
            return;
        var lists = type.Properties.Where(EntriesAreRequired).ToArray();
        if (lists.Length == 0)
            return;
        var after = type.OnDeserialized;
        type.OnDeserialized = body =>
        {
            foreach (var list in lists)
                if (list.Get?.Invoke(body) is IEnumerable entries)
                {
                    var index = 0;
                    foreach (var entry in entries)
                    {
                        if (entry is null)
                            throw new NullListEntryException(list.Name, index);
                        index++;
                    }
                }
            after?.Invoke(body);
        };
    }

    private static bool EntriesAreRequired(JsonPropertyInfo property)
    {
        if (property.PropertyType == typeof(string) || property.Get is null)
            return false;
        var entryType = EntryType(property.PropertyType);
        if (entryType is null || (entryType.IsValueType && Nullable.GetUnderlyingType(entryType) is null))
            return false;
        if (Nullable.GetUnderlyingType(entryType) is not null)
            return false;
        var nullability = property.AttributeProvider switch
        {
            PropertyInfo p => new NullabilityInfoContext().Create(p),
            FieldInfo f => new NullabilityInfoContext().Create(f),
            _ => null,
        };
        var entry = nullability?.ElementType ?? nullability?.GenericTypeArguments.FirstOrDefault();
        return entry?.ReadState == NullabilityState.NotNull;
    }

    private static Type? EntryType(Type type)
    {
        if (type.IsArray)
            return type.GetElementType();
        if (!type.IsGenericType || type.GetGenericArguments().Length != 1)
            return null;
        var enumerable = type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces()
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }
}

/// <summary>A list entry that is <c>null</c> where an entry is required, named as the client sent it.</summary>
public sealed class NullListEntryException(string list, int index)
    : JsonException($"Entry {index + 1} of the list '{list}' is empty (null). Remove it or fill it in.")
{
    /// <summary>The entry relative to the object that holds the list, e.g. <c>lines[0]</c>.</summary>
    public string Entry { get; } = $"{list}[{index}]";
}
