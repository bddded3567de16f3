using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Domain.Assignments;

/// <summary>
/// An assignment sheet (交办单): the center hands a matter to a handling department (承办部门), optionally with
/// co-handling departments, with requirements, a complexity and a supervising body. The department signs for it
/// (签收) and must finish within 7, 15 or 30 working days of that day (督查督办制度（三）). Issued by
/// <see cref="Matter.Assign"/>. Every method takes the matter, checks it is not archived and records the action on
/// its timeline.
/// </summary>
public sealed partial class AssignmentSheet
{
    private readonly List<AssignmentRound> _rounds = [];
    private readonly List<long> _coHandlingDepartmentIds = [];

    private AssignmentSheet()
    {
        Number = "";
        Requirements = "";
        IssuedByUserId = "";
        SigningDeadline = null!;
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>The matter handed over.</summary>
    public long MatterId { get; private set; }

    /// <summary>交办单编号 (<see cref="AssignmentSheetNumber"/>), drawn by the application.</summary>
    public string Number { get; private set; }

    /// <summary>承办部门.</summary>
    public long HandlingDepartmentId { get; private set; }

    /// <summary>协办部门.</summary>
    public IReadOnlyList<long> CoHandlingDepartmentIds => _coHandlingDepartmentIds;

    /// <summary>交办要求.</summary>
    public string Requirements { get; private set; }

    /// <summary>复杂程度, which sets each round's default period.</summary>
    public Complexity Complexity { get; private set; }

    /// <summary>督查督办部门 printed on the sheet (the matter's track when issued).</summary>
    public SupervisionTrack SupervisingBody { get; private set; }

    /// <summary>Where the sheet stands.</summary>
    public AssignmentSheetStatus Status { get; private set; }

    /// <summary>When it was issued (UTC).</summary>
    public DateTime IssuedAt { get; private set; }

    /// <summary>The town's date of issue.</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>Who issued it.</summary>
    public string IssuedByUserId { get; private set; }

    /// <summary>
    /// The chase deadline for signing (subject <see cref="DeadlineSubject.Signing"/>,
    /// <see cref="DeadlineRules.UnsignedChaseWorkingDays"/> from issue); met on receipt. The application chases on it.
    /// </summary>
    public TrackedDeadline SigningDeadline { get; private set; }

    /// <summary>签收日期: the day the clock starts.</summary>
    public DateOnly? ReceivedOn { get; private set; }

    /// <summary>When it was signed for (UTC).</summary>
    public DateTime? ReceivedAt { get; private set; }

    /// <summary>经办人: the department user who signed for it.</summary>
    public string? HandlerUserId { get; private set; }

    /// <summary>Every round, oldest first.</summary>
    public IReadOnlyList<AssignmentRound> Rounds => _rounds;

    /// <summary>The latest round; null before signing.</summary>
    public AssignmentRound? CurrentRound => _rounds.Count == 0 ? null : _rounds[^1];

    internal static AssignmentSheet Create(
        Matter matter, string number, long handlingDepartmentId, IEnumerable<long> coHandlingDepartmentIds, string requirements,
        Complexity complexity, string userId, DateTime now, DateOnly today, WorkCalendar calendar, DeadlineRules rules)
    {
        var sheet = new AssignmentSheet
        {
            MatterId = matter.Id,
            Number = number,
            HandlingDepartmentId = handlingDepartmentId,
            Requirements = requirements,
            Complexity = complexity,
            SupervisingBody = matter.Track,
            Status = AssignmentSheetStatus.AwaitingReceipt,
            IssuedAt = now,
            IssuedOn = today,
            IssuedByUserId = userId,
            SigningDeadline = TrackedDeadline.Start(
                DeadlineSubject.Signing, matter.Id, today, Period.WorkingDays(rules.UnsignedChaseWorkingDays), calendar),
        };
        sheet._coHandlingDepartmentIds.AddRange(coHandlingDepartmentIds);
        return sheet;
    }

    /// <summary>
    /// Signs for the sheet (签收) by a user of the handling department: starts round 1 with the handling period of the
    /// sheet's complexity counted from <paramref name="today"/> (自收到交办单之日起, the day itself not counted). A user
    /// named as respondent is refused (<see cref="RespondentRule"/>).
    /// </summary>
    /// <param name="matter">The sheet's matter.</param>
    /// <param name="userId">The signing user, who becomes the handler (经办人).</param>
    /// <param name="userDepartmentId">The signing user's department.</param>
    /// <param name="now">The instant (UTC).</param>
    /// <param name="today">The town's date.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="rules">The deadline rule settings.</param>
    public Result Receive(Matter matter, string userId, long userDepartmentId, DateTime now, DateOnly today, WorkCalendar calendar, DeadlineRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (Check(matter, userId) is { } refusal)
        {
            return refusal;
        }

        if (Status != AssignmentSheetStatus.AwaitingReceipt)
        {
            return new ConflictError("交办单已签收，不能重复签收");
        }

        if ((CheckHandlingDepartment(userDepartmentId, "签收交办单") ?? (DomainError?)RespondentRule.CheckUser(matter.Parties, userId)) is { } denied)
        {
            return denied;
        }

        var deadline = TrackedDeadline.Start(DeadlineSubject.AssignmentRound, MatterId, today, rules.HandlingPeriod(Complexity), calendar);
        _rounds.Add(AssignmentRound.Start(1, today, deadline, null));
        SigningDeadline.Meet(today);
        ReceivedOn = today;
        ReceivedAt = now;
        HandlerUserId = userId;
        Status = AssignmentSheetStatus.InHandling;
        matter.Record(MatterEventKind.SheetReceived, userId, now, $"签收交办单 {Number}，办理期限 {DueText(deadline)}");
        return Result.Success;
    }

    private DomainError? Check(Matter matter, string userId)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        matter.EnsureIs(MatterId);
        return matter.CheckWritable();
    }

    private ForbiddenError? CheckHandlingDepartment(long userDepartmentId, string action) =>
        userDepartmentId == HandlingDepartmentId ? null : new ForbiddenError($"只有承办部门的人员可以{action}");

    private static string DueText(TrackedDeadline deadline) =>
        Zh.Date(deadline.DueOn) + (deadline.IsProvisional ? "（暂定）" : "");
}
