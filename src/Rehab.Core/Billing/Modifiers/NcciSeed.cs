namespace Rehab.Core.Billing.Modifiers;

/// <summary>
/// The well-sourced therapy pairs of NCCI's practitioner PTP table, all with modifier indicator 1.
/// They are dated from January 2020, the quarter our sources describe; earlier dates of service, and every
/// pair not listed here (97530/97116, 97150/97110, 97750 and 97755 with the evaluations, 97140/97124,
/// 97140/97012, whose order and indicator are unconfirmed), need CMS's file.
/// </summary>
internal static class NcciSeed
{
    private static readonly DateOnly From = new(2020, 1, 1);

    public static IEnumerable<NcciEdit> Edits =>
    [
        // MLN1783722's example pair: manual therapy and therapeutic activities
        Edit("97140", "97530"),
        // APTA's account of the January 2020 update: manual therapy on a PT evaluation day needs 59 or X
        Edit("97161", "97140"),
        Edit("97162", "97140"),
        Edit("97163", "97140"),
        // APTA 2020 update: re-evaluation with therapeutic activities or group therapy
        Edit("97164", "97530"),
        Edit("97164", "97150"),
        // NCCI Policy Manual Ch. XI: with chiropractic manipulation, only on a different region (column order as our reference gives it)
        .. Cmt("98940"), .. Cmt("98941"), .. Cmt("98942"),
    ];

    private static IEnumerable<NcciEdit> Cmt(string column1) =>
        new[] { "97112", "97124", "97140" }.Select(column2 => Edit(column1, column2));

    private static NcciEdit Edit(string column1, string column2) =>
        new(ProcedureCode.Parse(column1), ProcedureCode.Parse(column2), NcciModifierIndicator.Allowed, From, null);
}
