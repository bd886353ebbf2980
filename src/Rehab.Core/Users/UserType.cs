namespace Rehab.Core.Users;

/// <summary>What a person is in the clinic; decides which license they consume.</summary>
public enum UserType
{
    PT, OT, SLP, PTA, COTA, SLPA, SPT, SOT, SSLP, Clerical, Biller,
}
