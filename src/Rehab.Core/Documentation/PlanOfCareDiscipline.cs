using Rehab.Core.Billing;
using Rehab.Core.Users;

namespace Rehab.Core.Documentation;

/// <summary>
/// The discipline a case's notes bill in: the plan of care's, which is the case therapist's, so an assistant's or a
/// student's note bills under it too (GP/GO/GN, and the Medicare threshold bucket). The author's when the case therapist
/// treats in none; PT when neither does.
/// </summary>
public static class PlanOfCareDiscipline
{
    public static Discipline Of(UserType? caseTherapist, UserType? author) => caseTherapist?.Discipline() ?? author?.Discipline() ?? Discipline.PT;
}
