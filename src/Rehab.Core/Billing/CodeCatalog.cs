using System.Diagnostics.CodeAnalysis;

namespace Rehab.Core.Billing;

/// <summary>The codes a company bills: the standard codes, plus its own custom codes.</summary>
public sealed class CodeCatalog
{
    private readonly Dictionary<ProcedureCode, BillingCode> _byCode;

    private CodeCatalog(IEnumerable<BillingCode> codes)
    {
        _byCode = codes.ToDictionary(c => c.Code);
        Codes = [.. _byCode.Values];
    }

    /// <summary>The codes shipped with the product.</summary>
    public static CodeCatalog Standard { get; } = new(StandardCodes.All);

    /// <summary>Every code, standard ones first, in the order they were listed.</summary>
    public IReadOnlyList<BillingCode> Codes { get; }

    /// <summary>
    /// The standard codes plus a company's custom codes. Each custom code must pass
    /// <see cref="CustomCodeDetails.Validate"/>, and no code may be listed twice.
    /// </summary>
    /// <exception cref="ArgumentException">A custom code is invalid or listed twice; the message names it.</exception>
    public static CodeCatalog WithCustomCodes(IEnumerable<CustomCodeDetails> customCodes)
    {
        var custom = new List<BillingCode>();
        var seen = new HashSet<ProcedureCode>();
        foreach (var details in customCodes)
        {
            var errors = details.Validate();
            if (!errors.IsValid)
                throw new ArgumentException(
                    $"Custom code {details.Code}: {string.Join(" ", errors.ToDictionary().Values.SelectMany(m => m))}",
                    nameof(customCodes));
            var code = details.ToBillingCode();
            if (!seen.Add(code.Code))
                throw new ArgumentException($"Custom code {code.Code} is listed twice.", nameof(customCodes));
            custom.Add(code);
        }
        return custom.Count == 0 ? Standard : new CodeCatalog(StandardCodes.All.Concat(custom));
    }

    public bool Contains(ProcedureCode code) => _byCode.ContainsKey(code);

    public bool TryFind(ProcedureCode code, [NotNullWhen(true)] out BillingCode? billingCode) =>
        _byCode.TryGetValue(code, out billingCode);

    /// <summary>The code's entry, or null when the company does not bill it.</summary>
    public BillingCode? Find(ProcedureCode code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// The codes a user of this type bills: the codes of their discipline (PT codes for PT, PTA and SPT); none for
    /// front office and billing staff, who do not treat.
    /// </summary>
    public IEnumerable<BillingCode> BillableBy(Users.UserType type) =>
        Users.UserTypes.Discipline(type) is { } discipline ? Codes.Where(c => c.IsFor(discipline)) : [];
}
