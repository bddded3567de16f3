using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Meetings;

namespace Zongzhi.Features.Meetings;

/// <summary>The names of departments and people that can own a monthly meeting's task.</summary>
public sealed record MeetingOwners(IReadOnlyDictionary<long, string> Departments, IReadOnlyDictionary<string, string> People)
{
    public string Of(MonthlyMeetingTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.OwnerDepartmentId is { } d ? Departments.GetValueOrDefault(d, "（已删除的部门）")
            : task.OwnerUserId is { } u ? People.GetValueOrDefault(u, "（已停用的用户）") : "—";
    }

    public static async Task<MeetingOwners> LoadAsync(ZongzhiDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new(await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken),
            await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.UserName!, cancellationToken));
    }
}
