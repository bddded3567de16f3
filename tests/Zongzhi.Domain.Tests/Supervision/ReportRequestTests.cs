using Xunit;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.Supervision;

public sealed class ReportRequestTests
{
    private static DateOnly Friday { get; } = Monday.AddDays(4);

    [Fact]
    public void Answer_ByTheDepartmentHead_MeetsTheDeadline()
    {
        var (matter, _) = Received();
        var request = Ok(ReportRequest.Issue(matter, SupervisionTrack.Center, Director, HandlingDepartment, null, "调处进展及下一步意见", Friday, At(Monday), Monday, WeekendsOnly));

        Ok(request.Answer(matter, DepartmentHead, HandlingDepartment, isDepartmentHead: true, "已两次组织调解，拟下周召开听证", At(Friday), Friday));

        Assert.Equal(DeadlineSubject.ReportRequest, request.Deadline.Subject);
        Assert.True(request.IsAnswered);
        Assert.Equal(DepartmentHead, request.ReportedByUserId);
        Assert.True(request.Deadline.WasMetOnTime);
        Assert.Contains("负责人", matter.Events[^2].Summary, StringComparison.Ordinal);
        Assert.Equal(MatterEventKind.ReportSubmitted, matter.Events[^1].Kind);
    }

    [Fact]
    public void Answer_ByAHandlerWhenTheHeadWasAsked_IsForbidden()
    {
        var (matter, _) = Received();
        var request = Ok(ReportRequest.Issue(matter, SupervisionTrack.Center, Director, HandlingDepartment, null, "进展", Friday, At(Monday), Monday, WeekendsOnly));

        var result = request.Answer(matter, Handler, HandlingDepartment, isDepartmentHead: false, "汇报", At(Monday), Monday);

        Refused<ForbiddenError>(result.Error);
    }

    [Fact]
    public void Answer_ByHeadOfAnotherDepartment_IsForbidden()
    {
        var (matter, _) = Received();
        var request = Ok(ReportRequest.Issue(matter, SupervisionTrack.Center, Director, HandlingDepartment, null, "进展", Friday, At(Monday), Monday, WeekendsOnly));

        var result = request.Answer(matter, "other-head", OtherDepartment, isDepartmentHead: true, "汇报", At(Monday), Monday);

        Refused<ForbiddenError>(result.Error);
    }

    [Fact]
    public void Answer_ByTheNamedHandler_IsAccepted()
    {
        var (matter, _) = Received();
        var request = Ok(ReportRequest.Issue(matter, SupervisionTrack.Center, Director, HandlingDepartment, Handler, "进展", Friday, At(Monday), Monday, WeekendsOnly));

        Ok(request.Answer(matter, Handler, HandlingDepartment, isDepartmentHead: false, "汇报", At(Monday), Monday));

        Assert.Equal(Handler, request.ReportedByUserId);
    }

    [Fact]
    public void Answer_Twice_IsConflict()
    {
        var (matter, _) = Received();
        var request = Ok(ReportRequest.Issue(matter, SupervisionTrack.Center, Director, HandlingDepartment, null, "进展", Friday, At(Monday), Monday, WeekendsOnly));
        Ok(request.Answer(matter, DepartmentHead, HandlingDepartment, isDepartmentHead: true, "汇报", At(Monday), Monday));

        var result = request.Answer(matter, DepartmentHead, HandlingDepartment, isDepartmentHead: true, "再汇报", At(Monday), Monday);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void Unanswered_PastTheDate_IsOverdue()
    {
        var (matter, _) = Received();

        var request = Ok(ReportRequest.Issue(matter, SupervisionTrack.Center, Director, HandlingDepartment, null, "进展", Friday, At(Monday), Monday, WeekendsOnly));

        Assert.False(request.Deadline.IsOverdueOn(Friday));
        Assert.True(request.Deadline.IsOverdueOn(Friday.AddDays(1)));
    }

    [Fact]
    public void Issue_WithoutSubject_IsRefused()
    {
        var (matter, _) = Received();

        var result = ReportRequest.Issue(matter, SupervisionTrack.Center, Director, HandlingDepartment, null, "", Friday, At(Monday), Monday, WeekendsOnly);

        Assert.Equal("subject", Refused<ValidationError>(result.Error).Field);
    }
}
