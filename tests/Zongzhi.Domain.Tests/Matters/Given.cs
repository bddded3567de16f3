using Xunit;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;

namespace Zongzhi.Domain.Tests.Matters;

/// <summary>Builders for matters at each stage of their life, on a weekends-only calendar starting Monday 2026-03-02.</summary>
internal static class Given
{
    public const string Clerk = "clerk";
    public const string Director = "director";
    public const string Handler = "handler";
    public const string DepartmentHead = "head";
    public const string CaseLeader = "leader";
    public const string TopLeader = "top-leader";
    public const string OfficeStaff = "office";
    public const string RespondentStaff = "staff-complained-about";

    public const long HandlingDepartment = 10;
    public const long CoHandlingDepartment = 11;
    public const long RespondentDepartment = 20;
    public const long OtherDepartment = 30;

    public static readonly WorkCalendar WeekendsOnly = WorkCalendar.From([]);

    public static readonly DeadlineRules Rules = DeadlineRules.Default;

    public static readonly DateOnly Monday = new(2026, 3, 2);

    public static readonly string[] Categories = ["邻里纠纷", "婚姻家庭", "其他"];

    public static DateTime At(DateOnly day, int hour = 2) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

    public static PartyDraft Complainant(string name = "张三") => new(PartyRole.Complainant, name, Phone: "13800138000", IdNumber: "11010519491231002X", Address: "幸福村3组");

    public static PartyDraft RespondentDepartmentParty() => new(PartyRole.Respondent, "镇城管中队", DepartmentId: RespondentDepartment);

    public static PartyDraft RespondentStaffParty() => new(PartyRole.Respondent, "李四", LinkedUserId: RespondentStaff, DepartmentId: RespondentDepartment);

    public static MatterDraft Draft(params PartyDraft[] parties) => new(
        IntakeChannel.Visit,
        At(Monday, 1),
        parties.Length == 0 ? [Complainant(), RespondentStaffParty()] : parties,
        VillageId: 5,
        Category: "邻里纠纷",
        Summary: "邻居违建挡光",
        Description: "来访人反映邻居加盖二层，挡住采光，协商未果。");

    public static Matter Registered(MatterDraft? draft = null) => Ok(Matter.Register("ZZ-2026-000001", draft ?? Draft(), Categories, Clerk, At(Monday)));

    public static Matter Accepted(Complexity complexity = Complexity.General, MatterDraft? draft = null)
    {
        var matter = Registered(draft);
        Ok(matter.Accept(Director, complexity, SupervisionTrack.Center, At(Monday)));
        return matter;
    }

    public static (Matter Matter, AssignmentSheet Sheet) Assigned(Complexity complexity = Complexity.General)
    {
        var matter = Accepted(complexity);
        var sheet = Ok(matter.Assign(Director, "JB-2026-000001", HandlingDepartment, [CoHandlingDepartment], "请于期限内调处并答复当事人", At(Monday), Monday, WeekendsOnly, Rules));
        return (matter, sheet);
    }

    public static (Matter Matter, AssignmentSheet Sheet) Received(Complexity complexity = Complexity.General)
    {
        var (matter, sheet) = Assigned(complexity);
        Ok(sheet.Receive(matter, Handler, HandlingDepartment, At(Monday), Monday, WeekendsOnly, Rules));
        return (matter, sheet);
    }

    public static (Matter Matter, AssignmentSheet Sheet) ResultSubmitted()
    {
        var (matter, sheet) = Received();
        var day = Monday.AddDays(3);
        Ok(sheet.SubmitResult(matter, Handler, HandlingDepartment, "现场勘查并组织双方调解", "已告知当事人调解结果", Satisfaction.Satisfied, At(day), day));
        return (matter, sheet);
    }

    public static (Matter Matter, AssignmentSheet Sheet) ResultAccepted()
    {
        var (matter, sheet) = ResultSubmitted();
        Ok(sheet.AcceptResult(matter, SupervisionTrack.Center, Director, null, At(Monday.AddDays(4))));
        return (matter, sheet);
    }

    public static Matter Closed()
    {
        var (matter, _) = ResultAccepted();
        var day = Monday.AddDays(7);
        Ok(matter.RecordCallback(Director, CallbackMethod.Phone, Satisfaction.Satisfied, null, At(day), day));
        Ok(matter.Close(SupervisionTrack.Center, Director, At(day), day));
        return matter;
    }

    public static Matter Archived()
    {
        var matter = Closed();
        Ok(matter.Archive(Director, "DA-2026-001", ["交办单", "办理结果"], At(Monday.AddDays(8))));
        return matter;
    }

    public static (Matter Matter, LeaderCase Case) LeaderCaseTaken(DateOnly? takenOn = null)
    {
        var day = takenOn ?? Monday;
        var matter = Registered();
        var leaderCase = Ok(matter.HandToLeader(Director, CaseLeader, At(day)));
        Ok(leaderCase.Take(matter, CaseLeader, At(day), day, WeekendsOnly, Rules));
        return (matter, leaderCase);
    }

    public static WrittenNotice Notice(string addressedTo = "镇党政办") =>
        Ok(WrittenNotice.Create("综治通〔2026〕3号", addressedTo, "该事项转交有关单位办理，请予督办。", Monday, Monday));

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    public static void Ok(Result result) => Assert.True(result.IsSuccess, result.Error?.Message);

    public static TError Refused<TError>(DomainError? error)
        where TError : DomainError
    {
        Assert.NotNull(error);
        return Assert.IsType<TError>(error, exactMatch: false);
    }
}
