using Xunit;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.Supervision;

public sealed class MaterialsRequestTests
{
    private static DateOnly Wednesday { get; } = Monday.AddDays(2);

    [Fact]
    public void Issue_ThenProvide_MeetsTheFixedDeadline()
    {
        var (matter, _) = Received();
        var request = Ok(MaterialsRequest.Issue(matter, SupervisionTrack.Center, Director, HandlingDepartment, "调解笔录、现场照片", Wednesday, At(Monday), Monday, WeekendsOnly));

        Ok(request.Provide(matter, Handler, HandlingDepartment, "调解笔录 2 份、照片 6 张", At(Wednesday), Wednesday));

        Assert.Equal(DeadlineSubject.MaterialsRequest, request.Deadline.Subject);
        Assert.Equal(Wednesday, request.Deadline.DueOn);
        Assert.True(request.IsProvided);
        Assert.True(request.Deadline.WasMetOnTime);
        Assert.Equal(
            [MatterEventKind.MaterialsRequested, MatterEventKind.MaterialsProvided],
            matter.Events.TakeLast(2).Select(e => e.Kind));
    }

    [Fact]
    public void Provide_AfterTheDate_IsKeptAsLate()
    {
        var (matter, _) = Received();
        var request = Ok(MaterialsRequest.Issue(matter, SupervisionTrack.Center, Director, HandlingDepartment, "材料", Monday, At(Monday), Monday, WeekendsOnly));

        Ok(request.Provide(matter, Handler, HandlingDepartment, "材料", At(Wednesday), Wednesday));

        Assert.False(request.Deadline.WasMetOnTime);
        Assert.Contains("超过期限", matter.Events[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Provide_ByAnotherDepartment_IsForbidden()
    {
        var (matter, _) = Received();
        var request = Ok(MaterialsRequest.Issue(matter, SupervisionTrack.Center, Director, HandlingDepartment, "材料", Wednesday, At(Monday), Monday, WeekendsOnly));

        var result = request.Provide(matter, "someone", OtherDepartment, "材料", At(Monday), Monday);

        Refused<ForbiddenError>(result.Error);
        Assert.False(request.IsProvided);
    }

    [Fact]
    public void Provide_Twice_IsConflict()
    {
        var (matter, _) = Received();
        var request = Ok(MaterialsRequest.Issue(matter, SupervisionTrack.Center, Director, HandlingDepartment, "材料", Wednesday, At(Monday), Monday, WeekendsOnly));
        Ok(request.Provide(matter, Handler, HandlingDepartment, "材料", At(Monday), Monday));

        var result = request.Provide(matter, Handler, HandlingDepartment, "补充材料", At(Monday), Monday);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void Issue_DateInThePast_IsRefused()
    {
        var (matter, _) = Received();

        var result = MaterialsRequest.Issue(matter, SupervisionTrack.Center, Director, HandlingDepartment, "材料", Monday.AddDays(-1), At(Monday), Monday, WeekendsOnly);

        Assert.Equal("dueOn", Refused<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void Issue_MatterNotYetAccepted_IsConflict()
    {
        var matter = Registered();

        var result = MaterialsRequest.Issue(matter, SupervisionTrack.Center, Director, HandlingDepartment, "材料", Wednesday, At(Monday), Monday, WeekendsOnly);

        Refused<ConflictError>(result.Error);
    }

    [Fact]
    public void Issue_ByBodyNotSupervising_IsForbidden()
    {
        var (matter, _) = Received();

        var result = MaterialsRequest.Issue(matter, SupervisionTrack.PartyGovernmentOffice, OfficeStaff, HandlingDepartment, "材料", Wednesday, At(Monday), Monday, WeekendsOnly);

        Refused<ForbiddenError>(result.Error);
    }
}
