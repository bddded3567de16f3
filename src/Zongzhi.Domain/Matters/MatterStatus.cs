namespace Zongzhi.Domain.Matters;

/// <summary>Where a matter stands in its life (事项状态).</summary>
public enum MatterStatus
{
    /// <summary>已登记: registered, awaiting triage by the center director.</summary>
    Registered,

    /// <summary>已受理: accepted with a complexity and a supervising track, not yet assigned.</summary>
    Accepted,

    /// <summary>不予受理: declined with a written reason.</summary>
    Declined,

    /// <summary>重复件: merged into an earlier matter (<see cref="Matter.DuplicateOfMatterId"/>).</summary>
    Merged,

    /// <summary>已交办: an assignment sheet was issued to a department of the center.</summary>
    Assigned,

    /// <summary>领导包案: handed to a case leader (领导包案制度).</summary>
    InLeaderCase,

    /// <summary>
    /// 已移交: handled by a unit outside the center under the party/government office's supervision, or transferred
    /// out of the town's authority by a case leader (see <see cref="Matter.Transfer"/>).
    /// </summary>
    Transferred,

    /// <summary>已办结: closed.</summary>
    Closed,

    /// <summary>已归档: archived; read-only.</summary>
    Archived,
}
