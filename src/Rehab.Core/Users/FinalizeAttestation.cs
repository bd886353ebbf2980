using Rehab.Core.Common;

namespace Rehab.Core.Users;

/// <summary>An admin's recorded attestation letting an assistant or student finalize notes.</summary>
public sealed class FinalizeAttestation : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CompanyId { get; set; }
    public Guid UserId { get; set; }
    public Guid? GrantedByUserId { get; set; }
    public required string GrantedByUserName { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public required string Text { get; set; }
}
