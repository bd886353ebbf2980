using Rehab.Core.Billing;

namespace Rehab.Core.Users;

public static class UserTypes
{
    /// <summary>The discipline whose codes the user bills (PT codes for PT, PTA and SPT), or null for staff who do not treat.</summary>
    public static Discipline? Discipline(this UserType type) => type switch
    {
        UserType.PT or UserType.PTA or UserType.SPT => Billing.Discipline.PT,
        UserType.OT or UserType.COTA or UserType.SOT => Billing.Discipline.OT,
        UserType.SLP or UserType.SLPA or UserType.SSLP => Billing.Discipline.SLP,
        _ => null,
    };

    public static bool IsTherapist(this UserType type) => type is UserType.PT or UserType.OT or UserType.SLP;

    public static bool IsAssistant(this UserType type) => type is UserType.PTA or UserType.COTA or UserType.SLPA;

    public static bool IsStudent(this UserType type) => type is UserType.SPT or UserType.SOT or UserType.SSLP;

    /// <summary>The type with its article, as a sentence uses it: "a PT", "an OT", "an SLPA", "a front office user".</summary>
    public static string WithArticle(this UserType type) => type switch
    {
        UserType.Clerical => "a front office user",
        UserType.Biller => "a biller",
        _ => (type.ToString()[0] is 'O' or 'S' ? "an " : "a ") + type,
    };

    /// <summary>Front office and billing staff: no clinical documentation rights, no paid license.</summary>
    public static bool IsClerical(this UserType type) => type is UserType.Clerical or UserType.Biller;
}
