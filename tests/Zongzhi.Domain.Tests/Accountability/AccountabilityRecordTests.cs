using Xunit;
using Zongzhi.Domain.Accountability;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Tests.Accountability;

public sealed class AccountabilityRecordTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Close_WithoutFinding_IsRefused_ThenClosesAfterFinding()
    {
        var record = Open();

        var early = record.Close("officer", Now);
        var finding = record.RecordFinding(8, "经查，逾期三个工作日未办结。", AccountabilityOutcome.EfficiencyWarning);
        var closed = record.Close("officer", Now);

        Assert.IsType<ConflictError>(early.Error);
        Assert.True(finding.IsSuccess);
        Assert.True(closed.IsSuccess);
        Assert.Equal(AccountabilityRecordStatus.Closed, record.Status);
        Assert.IsType<ConflictError>(record.AttachEvidence(new("Matter", "1")).Error);
        Assert.IsType<ConflictError>(record.RecordFinding(8, "改", AccountabilityOutcome.NotHeldLiable).Error);
    }

    [Fact]
    public void AddStatement_BySubjectOnly()
    {
        var record = Open();

        var bySubject = record.AddStatement("u-1", "当时正在处理群体性事件。", Now);
        var byOther = record.AddStatement("u-2", "替他说明", Now);

        Assert.True(bySubject.IsSuccess);
        Assert.IsType<NotFoundError>(byOther.Error);
        Assert.Single(record.Statements);
    }

    [Fact]
    public void Open_WithoutSubjectOrAboutOneself_IsRefused()
    {
        var noSubject = AccountabilityRecord.Open(null, null, null, null, "事由", [], "officer", Now);
        var self = AccountabilityRecord.Open(null, "officer", null, null, "事由", [], "officer", Now);

        Assert.IsType<ValidationError>(noSubject.Error);
        Assert.IsType<ForbiddenError>(self.Error);
    }

    private static AccountabilityRecord Open() =>
        AccountabilityRecord.Open("overdue:AssignmentSheet:12:20261127", "u-1", 3, null, "交办单超期", [new("AssignmentSheet", "12")], "officer", Now).Value!;
}
