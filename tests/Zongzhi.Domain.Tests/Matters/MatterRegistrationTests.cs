using Xunit;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Domain.Supervision;
using static Zongzhi.Domain.Tests.Matters.Given;

namespace Zongzhi.Domain.Tests.Matters;

public sealed class MatterRegistrationTests
{
    [Fact]
    public void Register_ValidDraft_IsRegisteredWithTimelineEntry()
    {
        var draft = Draft() with { IsGroup = true, IsSkipLevelPetition = true };

        var matter = Ok(Matter.Register("ZZ-2026-000123", draft, Categories, Clerk, At(Monday)));

        Assert.Equal(MatterStatus.Registered, matter.Status);
        Assert.Equal("ZZ-2026-000123", matter.Number);
        Assert.Equal(SupervisionTrack.Center, matter.Track);
        Assert.Null(matter.Complexity);
        Assert.True(matter.IsGroup);
        Assert.True(matter.IsSkipLevelPetition);
        Assert.Equal(2, matter.Parties.Count);
        Assert.Equal("11010519491231002X", matter.Parties[0].IdNumber);
        var entry = Assert.Single(matter.Events);
        Assert.Equal(MatterEventKind.Registered, entry.Kind);
        Assert.Equal(Clerk, entry.ActorUserId);
        Assert.Equal(At(Monday), entry.At);
    }

    [Fact]
    public void Register_SummaryOverLimit_IsRefusedNotTruncated()
    {
        var draft = Draft() with { Summary = new string('挡', TextLimits.Summary + 1) };

        var result = Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday));

        var failure = Refused<ValidationFailure>(result.Error);
        var error = Assert.Single(failure.Errors);
        Assert.Equal("summary", error.Field);
        Assert.Contains("200", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_SummaryAtLimit_IsAcceptedWhole()
    {
        var summary = new string('挡', TextLimits.Summary);

        var matter = Ok(Matter.Register("ZZ-2026-000001", Draft() with { Summary = summary }, Categories, Clerk, At(Monday)));

        Assert.Equal(summary, matter.Summary);
    }

    [Fact]
    public void Register_NameOfRareCharacters_CountsCharactersNotCodeUnits()
    {
        var rare = string.Concat(Enumerable.Repeat("𠀀", TextLimits.PersonName));
        var draft = Draft(Complainant(rare));

        var matter = Ok(Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday)));

        Assert.Equal(rare, matter.Parties[0].Name);
        Assert.Equal(TextLimits.PersonName * 2, rare.Length);
    }

    [Fact]
    public void Register_NameOverLimitInRareCharacters_IsRefused()
    {
        var draft = Draft(Complainant(string.Concat(Enumerable.Repeat("𠀀", TextLimits.PersonName + 1))));

        var result = Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday));

        Assert.Equal("parties[0].name", Refused<ValidationFailure>(result.Error).Field);
    }

    [Fact]
    public void Register_SeveralBadFields_ListsEachField()
    {
        var party = Complainant() with { Phone = "12345", IdNumber = "110101199003074478" };
        var draft = Draft(party) with { Summary = " ", Category = "不存在的类别" };

        var result = Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday));

        var fields = Refused<ValidationFailure>(result.Error).Errors.Select(e => e.Field).ToList();
        Assert.Equal(["category", "summary", "parties[0].phone", "parties[0].idNumber"], fields);
    }

    [Fact]
    public void Register_OnlyRespondents_IsRefused()
    {
        var draft = Draft(RespondentDepartmentParty());

        var result = Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday));

        Assert.Contains(Refused<ValidationFailure>(result.Error).Errors, e => e.Field == "parties" && e.Message.Contains("投诉人", StringComparison.Ordinal));
    }

    [Fact]
    public void Register_NoParties_IsRefused()
    {
        var draft = Draft() with { Parties = [] };

        var result = Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday));

        Assert.Equal("parties", Refused<ValidationFailure>(result.Error).Field);
    }

    [Fact]
    public void Register_ComplainantWithoutPhoneOrAddress_IsRefused()
    {
        var draft = Draft(new PartyDraft(PartyRole.Complainant, "王五"));

        var result = Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday));

        Assert.Equal("parties[0].phone", Refused<ValidationFailure>(result.Error).Field);
    }

    [Fact]
    public void Register_RespondentWithoutPhone_IsAccepted()
    {
        var draft = Draft(Complainant(), new PartyDraft(PartyRole.Respondent, "赵六"));

        var matter = Ok(Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday)));

        Assert.Null(matter.Parties[1].Phone);
    }

    [Fact]
    public void Register_ReceivedAfterRegistration_IsRefused()
    {
        var draft = Draft() with { ReceivedAt = At(Monday.AddDays(1)) };

        var result = Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday));

        Assert.Equal("receivedAt", Refused<ValidationFailure>(result.Error).Field);
    }

    [Fact]
    public void Register_InformationItemWithoutSource_IsRefused()
    {
        var draft = Draft() with { Channel = IntakeChannel.InformationItem };

        var result = Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday));

        Assert.Equal("sourceInformationItemId", Refused<ValidationFailure>(result.Error).Field);
    }

    [Fact]
    public void Register_ControlCharacterInName_IsRefused()
    {
        var draft = Draft(Complainant("张\u0000三"));

        var result = Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday));

        var error = Refused<ValidationFailure>(result.Error);
        Assert.Equal("parties[0].name", error.Field);
        Assert.Contains("无法保存", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_BrokenSurrogateInDescription_IsRefused()
    {
        var draft = Draft() with { Description = "半个字\uD840" };

        var result = Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday));

        Assert.Equal("description", Refused<ValidationFailure>(result.Error).Field);
    }

    [Fact]
    public void Register_MultilineDescription_KeepsLineBreaks()
    {
        var draft = Draft() with { Description = "第一段\r\n第二段\t附注" };

        var matter = Ok(Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday)));

        Assert.Equal("第一段\r\n第二段\t附注", matter.Description);
    }

    [Fact]
    public void Register_DescriptionOverLimit_IsRefused()
    {
        var draft = Draft() with { Description = new string('字', TextLimits.LongText + 1) };

        var result = Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday));

        Assert.Equal("description", Refused<ValidationFailure>(result.Error).Field);
    }

    [Fact]
    public void Register_AddressOverLimit_IsRefused()
    {
        var draft = Draft(Complainant() with { Address = new string('村', TextLimits.Address + 1) });

        var result = Matter.Register("ZZ-2026-000001", draft, Categories, Clerk, At(Monday));

        Assert.Equal("parties[0].address", Refused<ValidationFailure>(result.Error).Field);
    }
}
