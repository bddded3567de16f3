using Microsoft.EntityFrameworkCore;
using Zongzhi.Domain.Assignments;
using Zongzhi.Platform;

namespace Zongzhi.Features.Assignments;

/// <summary>Loads sheets with what their views and actions need, and narrows them to what a user may see.</summary>
public static class AssignmentSheetQueries
{
    /// <summary>The sheet with its signing deadline and every round (in order) with its deadline, notes and extension requests.</summary>
    public static IQueryable<AssignmentSheet> WithRounds(this IQueryable<AssignmentSheet> sheets) =>
        sheets.Include(s => s.SigningDeadline)
            .Include(s => s.Rounds.OrderBy(r => r.RoundNumber)).ThenInclude(r => r.Deadline)
            .Include(s => s.Rounds).ThenInclude(r => r.ProgressNotes.OrderBy(n => n.Id))
            .Include(s => s.Rounds).ThenInclude(r => r.ExtensionRequests.OrderBy(e => e.Id))
            .AsSplitQuery();

    /// <summary>
    /// Department staff see only their department's sheets (handling or co-handling), whatever else links them to the
    /// matter; other users' scope is the matter's (<see cref="Matters.MatterAccess"/>).
    /// </summary>
    public static IQueryable<AssignmentSheet> OfDepartment(this IQueryable<AssignmentSheet> sheets, CurrentUser.Snapshot user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsDepartmentStaff)
        {
            return sheets;
        }

        var department = user.DepartmentId!.Value;
        return sheets.Where(s => s.HandlingDepartmentId == department || s.CoHandlingDepartmentIds.Contains(department));
    }

    public static bool MaySee(this CurrentUser.Snapshot user, AssignmentSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(sheet);
        return !user.IsDepartmentStaff
            || sheet.HandlingDepartmentId == user.DepartmentId
            || sheet.CoHandlingDepartmentIds.Contains(user.DepartmentId!.Value);
    }
}
