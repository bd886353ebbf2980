using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Common;

namespace Rehab.Core.Documentation;

/// <summary>
/// One code on a note as the clinician enters it; units, modifiers and their explanation come from
/// <see cref="NoteBilling.Compute"/>. Minutes are null until recorded.
/// </summary>
/// <param name="Code">A CPT or HCPCS code from the company's list.</param>
/// <param name="Minutes">Minutes of treatment with the code, by everyone who furnished it.</param>
public sealed record ChargeLineDraft(string? Code, int? Minutes, DateOnly DateOfService)
{
    /// <summary>
    /// Of <see cref="Minutes"/>, those an assistant furnished without the therapist. When not given, all the minutes
    /// are the assistant's if an assistant wrote the note and none are otherwise.
    /// </summary>
    public int? AssistantMinutes { get; init; }

    /// <summary>The line's place of service; null for the case's.</summary>
    public string? PlaceOfService { get; init; }

    /// <summary>59, XE, XS, XP or XU the clinician or biller chose for an NCCI edit pair.</summary>
    public IReadOnlyList<string> ChosenModifiers { get; init; } = [];

    /// <summary>The note shows this service was done in its own 15-minute blocks, or on a different body region, from its NCCI pair.</summary>
    public bool SeparateBlockOrRegion { get; init; }

    /// <summary>The assistant's minutes with the default applied: all of them when an assistant wrote the note, else none.</summary>
    public int AssistantMinutesOr(bool writtenByAssistant) => AssistantMinutes ?? (writtenByAssistant ? Minutes ?? 0 : 0);

    /// <summary>The form of the line: a code, minutes within a day, assistant minutes within the line's, a valid place of service and modifiers.</summary>
    internal void Validate(ValidationErrors errors, string prefix)
    {
        if (string.IsNullOrWhiteSpace(Code))
            errors.Add(prefix + "code", "A code is required.");
        else if (!ProcedureCode.TryParse(Code, out _))
            errors.Add(prefix + "code", $"'{Code.Trim()}' is not a code. {ProcedureCode.Rule}");
        if (Minutes is < 0 or > UnitCalculator.MaxMinutes)
            errors.Add(prefix + "minutes", $"Minutes must be from 0 to {UnitCalculator.MaxMinutes}.");
        if (AssistantMinutes is < 0)
            errors.Add(prefix + "assistantMinutes", "Assistant minutes cannot be negative.");
        else if (AssistantMinutes > (Minutes ?? 0))
            errors.Add(prefix + "assistantMinutes",
                $"Assistant minutes ({AssistantMinutes}) cannot be more than the line's minutes ({Minutes ?? 0}): they are part of them.");
        if (!string.IsNullOrWhiteSpace(PlaceOfService) && !Billing.PlaceOfService.TryParse(PlaceOfService, out _))
            errors.Add(prefix + "placeOfService", Billing.PlaceOfService.Rule);
        foreach (var text in ChosenModifiers)
            if (!Modifier.TryParse(text, out var modifier) || !modifier.IsDistinctService)
                errors.Add(prefix + "chosenModifiers", $"'{text}' cannot be chosen here: only 59, XE, XS, XP or XU, for an NCCI edit pair.");
    }

    internal ServiceLine ToServiceLine() => new(ProcedureCode.Parse(Code!), Minutes ?? 0);

    internal IEnumerable<Modifier> ParsedModifiers() => ChosenModifiers.Select(Modifier.Parse);
}
