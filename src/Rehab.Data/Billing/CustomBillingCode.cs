using Rehab.Core.Billing;
using Rehab.Core.Common;

namespace Rehab.Data.Billing;

/// <summary>A code the company added to its own list, timed or untimed.</summary>
public sealed class CustomBillingCode : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public required string Code { get; set; }
    public required string Descriptor { get; set; }
    public bool IsTimed { get; set; }
    public int? UnitMinutes { get; set; }
    /// <summary>The disciplines that may bill it, comma-separated (PT,OT,SLP).</summary>
    public required string Disciplines { get; set; }
    /// <summary>The code this one is an add-on of, billed only with it; null for a code of its own.</summary>
    public string? AddOnTo { get; set; }
    public bool OncePerDay { get; set; }

    public CustomCodeDetails ToDetails() => new(Code, Descriptor, IsTimed, UnitMinutes,
        Disciplines.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Discipline>).ToList())
    {
        AddOnTo = AddOnTo, OncePerDay = OncePerDay,
    };

    /// <summary>Copies validated details.</summary>
    public static CustomBillingCode From(Guid companyId, CustomCodeDetails details)
    {
        var code = details.ToBillingCode();
        return new CustomBillingCode
        {
            CompanyId = companyId,
            Code = code.Code.Value,
            Descriptor = code.Descriptor,
            IsTimed = code.IsTimed,
            UnitMinutes = code.UnitMinutes,
            Disciplines = string.Join(',', code.Disciplines),
            AddOnTo = code.AddOnTo?.Value,
            OncePerDay = code.OncePerDay,
        };
    }
}
