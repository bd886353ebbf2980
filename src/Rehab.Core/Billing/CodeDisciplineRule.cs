using Rehab.Core.Common;

namespace Rehab.Core.Billing;

/// <summary>
/// A code is billed only under a plan of care of a discipline the catalog lists for it: PT evaluations (97161–97164)
/// under PT, OT evaluations (97165–97168) under OT, SLP codes (92507–92610) under SLP. The discipline modifier
/// (GP, GO, GN) follows the plan of care (Pub. 100-04 Ch. 5 §20.1), so a mismatch would bill, say, an OT evaluation
/// as physical therapy.
/// </summary>
public static class CodeDisciplineRule
{
    /// <summary>
    /// The problem with billing the code under the plan's discipline, or null when it agrees or is unknown.
    /// </summary>
    public static string? Problem(CodeCatalog catalog, ProcedureCode code, Discipline planOfCare) =>
        catalog.Find(code) is { } billing && !billing.IsFor(planOfCare)
            ? $"{code} ({billing.Descriptor}) is billed by {string.Join(" or ", billing.Disciplines)}, and this is "
              + $"{Plan(planOfCare)} plan of care: it cannot be billed here (Pub. 100-04 Ch. 5 §20.1). Bill it on a "
              + $"{string.Join(" or ", billing.Disciplines)} case, or choose a {planOfCare} code."
            : null;

    internal static void Check(CodeCatalog catalog, string? code, Discipline planOfCare, ValidationErrors errors,
        string field)
    {
        if (ProcedureCode.TryParse(code, out var parsed) && Problem(catalog, parsed, planOfCare) is { } problem)
            errors.Add(field, problem);
    }

    private static string Plan(Discipline discipline) => discipline switch
    {
        Discipline.PT => "a physical therapy",
        Discipline.OT => "an occupational therapy",
        _ => "a speech-language pathology",
    };
}
