namespace Rehab.Core.Organization;

/// <summary>A United States street address.</summary>
public sealed record PostalAddress(string Line1, string? Line2, string City, string State, string PostalCode);
