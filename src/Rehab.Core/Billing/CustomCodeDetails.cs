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

    /// <summary>The code this one is an add-on of: billed only with it on the same day.</summary>
    public string? AddOnTo { get; init; }

    /// <summary>Billed for at most one unit a day.</summary>
    public bool OncePerDay { get; init; }

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
        if (!string.IsNullOrWhiteSpace(AddOnTo) && !ProcedureCode.TryParse(AddOnTo, out _))
            errors.Add("addOnTo", ProcedureCode.Rule);
        else if (!string.IsNullOrWhiteSpace(AddOnTo)
            && ProcedureCode.Parse(AddOnTo) == (ProcedureCode.TryParse(Code, out var self) ? self : default))
            errors.Add("addOnTo", "A code cannot be an add-on of itself.");
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
        AddOnTo = string.IsNullOrWhiteSpace(AddOnTo) ? null : ProcedureCode.Parse(AddOnTo),
        OncePerDay = OncePerDay,
        IsCustom = true,
    };
}
