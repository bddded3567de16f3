using Xunit;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Tests.Information;

public sealed class InformationItemTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Categories = ["neighbour", "labour"];

    private static InformationItem Register(InformationSource source, bool skipLevel = false) =>
        InformationItem.Register("XX-2026-000001", new InformationDraft(source, skipLevel, 1, "neighbour", Now.AddHours(-1), "东村", "摘要", "详细情况", 3,
            InformationSeverity.Ordinary), Categories, "reporter", Now).Value!;

    [Theory]
    [InlineData(InformationSource.Reception)]
    [InlineData(InformationSource.Village)]
    [InlineData(InformationSource.Screening)]
    [InlineData(InformationSource.MajorIncident)]
    [InlineData(InformationSource.Informant)]
    public void Register_EachSource_IsRegisteredThenHandledThenAnalysed(InformationSource source)
    {
        var item = Register(source);

        var noted = item.Note("已知悉", "director", Now);
        var analysed = item.Analyse(["土地权属"], ["邻里"], "director", Now);

        Assert.True(noted.IsSuccess);
        Assert.True(analysed.IsSuccess);
        Assert.Equal(InformationStatus.Analysed, item.Status);
        Assert.Equal(["土地权属"], item.CauseTags);
    }

    [Fact]
    public void Register_BadFields_NamesEachField()
    {
        var draft = new InformationDraft(InformationSource.Informant, true, 1, "nope", Now.AddHours(1), "", "摘要", "详细", -1, InformationSeverity.Major);

        var result = InformationItem.Register("XX-2026-000001", draft, Categories, "reporter", Now);

        var fields = ((ValidationFailure)result.Error!).Errors.Select(e => e.Field).ToList();
        Assert.Equal(["isSkipLevelPetition", "category", "occurredAt", "peopleInvolved", "place"], fields);
    }

    [Fact]
    public void Close_WithoutReason_IsRefusedAndClosedItemCannotBeHandledAgain()
    {
        var item = Register(InformationSource.Reception);

        var blank = item.Close(" ", "director", Now);
        var closed = item.Close("重复信息", "director", Now);
        var again = item.Note(null, "director", Now);

        Assert.Equal("reason", ((ValidationError)blank.Error!).Field);
        Assert.True(closed.IsSuccess);
        Assert.IsType<ConflictError>(again.Error);
    }

    [Fact]
    public void Analyse_BeforeHandling_IsConflict()
    {
        var item = Register(InformationSource.Informant);

        Assert.IsType<ConflictError>(item.Analyse(["a"], [], "director", Now).Error);
    }

    [Fact]
    public void ReportTo_Emergency_AddsEachRecipientOnceAndAcknowledgesOnce()
    {
        var item = Register(InformationSource.MajorIncident, skipLevel: true);

        var first = item.ReportTo(["top", "director", "top"], Now);
        var second = item.ReportTo(["top", "county"], Now);
        var acknowledged = item.Acknowledge("top", Now);
        var twice = item.Acknowledge("top", Now);
        var stranger = item.Acknowledge("someone", Now);

        Assert.Equal(["top", "director"], first);
        Assert.Equal(["county"], second);
        Assert.True(acknowledged.IsSuccess);
        Assert.IsType<ConflictError>(twice.Error);
        Assert.IsType<ForbiddenError>(stranger.Error);
        Assert.True(item.IsOpenEmergency);
    }

    [Fact]
    public void Dispatch_Emergency_RecordsSentAndArrivalAndClosingEndsEmergency()
    {
        var item = Register(InformationSource.MajorIncident);

        var dispatch = item.Dispatch("综治中心王主任、派出所两名民警", Now.AddMinutes(-30), "director", Now);
        var early = item.RecordArrival(0, Now.AddMinutes(-40), "现场平稳", Now);
        var arrived = item.RecordArrival(0, Now.AddMinutes(-10), "现场平稳", Now);
        item.Close("已处置", "director", Now);

        Assert.True(dispatch.IsSuccess);
        Assert.Equal("arrivedAt", ((ValidationError)early.Error!).Field);
        Assert.True(arrived.IsSuccess);
        Assert.Equal(Now.AddMinutes(-10), item.Dispatches[0].ArrivedAt);
        Assert.False(item.IsOpenEmergency);
    }

    [Fact]
    public void Dispatch_OrdinaryItem_IsConflict()
    {
        var item = Register(InformationSource.Reception);

        Assert.IsType<ConflictError>(item.Dispatch("张三", Now, "director", Now).Error);
        Assert.Empty(item.ReportTo(["top"], Now));
    }
}
