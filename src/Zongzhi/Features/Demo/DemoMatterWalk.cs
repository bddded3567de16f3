using System.Globalization;
using Zongzhi.Data;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using static Zongzhi.Features.Demo.DemoMattersSeeder;

namespace Zongzhi.Features.Demo;

/// <summary>
/// Walks one demo matter through the domain from its receipt towards today: triage, assignment, signing, results,
/// re-handling, extensions, callbacks, closure, archive, leader cases and transfers — stopping wherever "today"
/// would be passed, so open matters are due soon or overdue as real ones would be.
/// </summary>
public sealed class DemoMatterWalk(ZongzhiDb db, WorkCalendar calendar, DeadlineRules rules, Random random, Actors actors, IReadOnlyDictionary<string, long> departments)
{
    private static readonly TimeSpan TownOffset = TimeSpan.FromHours(8);
    private Matter? _previous;
    private int _archiveNumber;

    public async Task AdvanceAsync(Matter matter, int age, DateTime receivedAt, DateTime now, Func<Task<string>> nextSheetNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentNullException.ThrowIfNull(nextSheetNumber);
        var previous = _previous;
        _previous = matter;
        if (age < 8)
        {
            return;
        }

        var fate = random.Next(100);
        var at = receivedAt.AddHours(2);
        if (fate < 4)
        {
            Check(matter.Decline(actors.Director, "不属于本中心受理范围，已告知当事人向有关部门反映", at));
            return;
        }

        if (fate < 7 && previous is not null && previous.Status != MatterStatus.Archived)
        {
            Check(matter.MergeAsDuplicate(previous, actors.Director, at));
            return;
        }

        if (fate < 12)
        {
            await LeaderCaseAsync(matter, at, now, cancellationToken);
            return;
        }

        var complexity = random.Next(100) switch { < 70 => Complexity.General, < 95 => Complexity.Complex, _ => Complexity.EspeciallyComplex };
        Check(matter.Accept(actors.Director, complexity, SupervisionTrack.Center, at));
        if (fate < 16)
        {
            var notice = Check(WrittenNotice.Create($"综治通〔{Today(at).Year}〕{random.Next(1, 99)}号", "镇党政办",
                "该事项涉及县级部门职权，已移交县人社局办理，请党政办督办。", Today(at), Today(at)));
            Check(matter.TransferOutsideCenter(actors.Director, "县人社局", notice, at.AddHours(1), Today(at)));
            return;
        }

        var (department, handler) = random.Next(100) < 60 ? ("司法所", actors.Handler) : ("派出所", actors.Police);
        at = at.AddHours(1);
        var sheet = Check(matter.Assign(actors.Director, await nextSheetNumber(), departments[department], [], "请依法调查核实，妥善化解，按时限报送办理结果。",
            at, Today(at), calendar, rules));
        db.AssignmentSheets.Add(sheet);
        await AssignmentAsync(matter, sheet, departments[department], handler, at, now);
    }

    private Task AssignmentAsync(Matter matter, AssignmentSheet sheet, long departmentId, string handler, DateTime at, DateTime now)
    {
        // Matters left unfinished (unsigned, pending extension, re-handling, no result yet) are mostly recent ones.
        var recent = (now - at).TotalDays < 45;
        if ((recent && random.Next(100) < 8) || !Before(at = NextWorkingMorning(at), now))
        {
            return Task.CompletedTask;
        }

        Check(sheet.Receive(matter, handler, departmentId, at, Today(at), calendar, rules));
        if (Before(at = at.AddDays(1), now))
        {
            Check(sheet.AddProgressNote(matter, handler, departmentId, "已约谈双方当事人，正在调查核实。", at));
        }

        var due = sheet.CurrentRound!.Deadline.DueOn;
        var late = random.Next(100) < 15;
        var resultAt = late ? Morning(due.AddDays(random.Next(1, 6))) : Morning(due.AddDays(-random.Next(0, 4)));
        if (recent && !late && random.Next(100) < 15 && Today(at) <= due && Before(at.AddHours(2), now))
        {
            Check(sheet.RequestExtension(matter, handler, departmentId, "当事人外出务工，需待其返乡后调解", due.AddDays(10), at.AddHours(2), Today(at)));
            return Task.CompletedTask;
        }

        if (!Before(resultAt, now) || (recent && random.Next(100) < 10))
        {
            return Task.CompletedTask;
        }

        Check(sheet.SubmitResult(matter, handler, departmentId, "经调查核实并组织双方调解，已达成调解协议。", "已向当事人答复调解结果。",
            Satisfaction.Satisfied, resultAt, Today(resultAt)));
        at = resultAt.AddDays(1);
        if (!Before(at, now))
        {
            return Task.CompletedTask;
        }

        if (recent && random.Next(100) < 15)
        {
            Check(sheet.OrderRehandling(matter, SupervisionTrack.Center, actors.Director, "答复内容不完整，未说明赔偿标准的依据", null, at, Today(at), calendar, rules));
            return Task.CompletedTask;
        }

        Check(sheet.AcceptResult(matter, SupervisionTrack.Center, actors.Director, "办理结果符合要求", at));
        return CloseAsync(matter, at, now);
    }

    private Task CloseAsync(Matter matter, DateTime at, DateTime now)
    {
        if (!Before(at = at.AddDays(2), now))
        {
            return Task.CompletedTask;
        }

        var satisfaction = random.Next(100) switch { < 70 => Satisfaction.Satisfied, < 90 => Satisfaction.BasicallySatisfied, _ => Satisfaction.Unsatisfied };
        Check(matter.RecordCallback(actors.Director, CallbackMethod.Phone, satisfaction, "电话回访", at, Today(at)));
        if (satisfaction == Satisfaction.Unsatisfied || !Before(at = at.AddDays(1), now))
        {
            return Task.CompletedTask;
        }

        Check(matter.Close(SupervisionTrack.Center, actors.Director, at, Today(at)));
        if (Before(at = at.AddDays(5), now.AddDays(-20)))
        {
            Check(matter.Archive(actors.Clerk, ArchiveNumber(at), ["登记表", "交办单", "办理结果", "回访记录"], at));
        }

        return Task.CompletedTask;
    }

    private Task LeaderCaseAsync(Matter matter, DateTime at, DateTime now, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var leaderCase = Check(matter.HandToLeader(actors.Director, actors.Leader, at));
        db.LeaderCases.Add(leaderCase);
        if (!Before(at = NextWorkingMorning(at), now))
        {
            return Task.CompletedTask;
        }

        Check(leaderCase.Take(matter, actors.Leader, at, Today(at), calendar, rules));
        if (Before(at = at.AddDays(3), now))
        {
            Check(leaderCase.RecordPlan(matter, actors.Leader, "经走访调查，矛盾源于历史遗留的土地权属问题。", "召集村两委和当事人协商，依法确权。", "包案领导、司法所、国土所", at));
        }

        if (!Before(at = at.AddDays(15), now.AddDays(-10)))
        {
            return Task.CompletedTask;
        }

        Check(leaderCase.Close(matter, actors.Leader, "经多次协调，双方达成一致意见，矛盾化解。", Satisfaction.Satisfied, at, Today(at)));
        if (Before(at = at.AddDays(2), now.AddDays(-10)))
        {
            Check(leaderCase.HandOverMaterials(matter, actors.Leader, ["调处方案", "协调记录", "调解协议"], at));
            Check(matter.Archive(actors.Clerk, ArchiveNumber(at), ["调处方案", "协调记录", "调解协议"], at.AddDays(1), leaderCase));
        }

        return Task.CompletedTask;
    }

    private string ArchiveNumber(DateTime at) => string.Create(CultureInfo.InvariantCulture, $"GD-{Today(at).Year}-{++_archiveNumber:0000}");

    private static bool Before(DateTime at, DateTime now) => at < now;

    private static DateOnly Today(DateTime utc) => DateOnly.FromDateTime(utc + TownOffset);

    // 09:30 town time on the given day.
    private static DateTime Morning(DateOnly day) => day.ToDateTime(new TimeOnly(1, 30), DateTimeKind.Utc);

    private DateTime NextWorkingMorning(DateTime at)
    {
        var day = Today(at).AddDays(1);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return Morning(day);
    }
}
