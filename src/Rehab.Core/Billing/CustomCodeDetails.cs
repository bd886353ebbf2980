using Rehab.Core.Common;

namespace Rehab.Core.Billing;

/// <summary>
/// A code a company adds to its own list, as an admin enters it; <see cref="Validate"/> names every field that
/// breaks a rule. A timed code needs its unit length; an untimed code bills one unit a day.
/// </summary>
public sealed record CustomCodeDetails(
    string? Code,
    string? Descriptor,
    bool IsTimed,
    int? UnitMinutes = null,
    IReadOnlyList<Discipline>? Disciplines = null)
{
    public const int DescriptorMaxLength = 200;

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(Code))
            errors.Add("code", "Code is required.");
        else if (!ProcedureCode.TryParse(Code, out var code))
            errors.Add("code", ProcedureCode.Rule);
        else if (CodeCatalog.Standard.Contains(code))
            errors.Add("code", $"{code} is already a standard code; a custom code must be one the product does not list.");
        errors.Required("descriptor", Descriptor, "Description", DescriptorMaxLength);
        if (IsTimed && UnitMinutes is not (15 or 30))
            errors.Add("unitMinutes", "A timed code's unit is 15 or 30 minutes.");
        if (Disciplines is { Count: 0 })
            errors.Add("disciplines", "Choose at least one discipline, or leave it empty for all three.");
        return errors;
    }

    /// <summary>The code as the catalog holds it. Call only after <see cref="Validate"/> passed.</summary>
    public BillingCode ToBillingCode() => new()
    {
        Code = ProcedureCode.Parse(Code!),
        Descriptor = Descriptor!.Trim(),
        Disciplines = Disciplines is { Count: > 0 } d ? [.. d.Distinct()] : [Discipline.PT, Discipline.OT, Discipline.SLP],
        UnitMinutes = IsTimed ? UnitMinutes : null,
        IsCustom = true,
    };
}
