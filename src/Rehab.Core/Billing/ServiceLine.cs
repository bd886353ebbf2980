namespace Rehab.Core.Billing;

/// <summary>One code on a note with the minutes of direct treatment documented for it.</summary>
public readonly record struct ServiceLine(ProcedureCode Code, int Minutes)
{
    public static ServiceLine Of(string code, int minutes) => new(ProcedureCode.Parse(code), minutes);
}
