namespace Rehab.Core.Billing;

/// <summary>How timed minutes become billed units.</summary>
public enum UnitRule
{
    /// <summary>CMS 8-minute rule: timed minutes pooled over the day (Pub. 100-04, Ch. 5, §20.2).</summary>
    EightMinute,
    /// <summary>AMA/CPT midpoint rule ("Rule of 8s"): each timed code on its own.</summary>
    RuleOfEights,
}
