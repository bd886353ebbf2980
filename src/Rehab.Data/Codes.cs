namespace Rehab.Data;

/// <summary>Short ordered code lists (diagnoses, modifiers) stored as one comma-separated column.</summary>
public static class Codes
{
    public static IReadOnlyList<string> Split(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string> codes) => string.Join(',', codes);
}
