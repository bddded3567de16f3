using System.ComponentModel.DataAnnotations;
using Zongzhi.Domain.Matters;

namespace Zongzhi.Features.Matters;

/// <summary>What the 登记 page posts; the use case validates it (<see cref="RegisterMatter"/>), this only carries it.</summary>
public sealed class RegisterForm
{
    public string FormToken { get; set; } = "";

    [Display(Name = "来源渠道")]
    public IntakeChannel? Channel { get; set; } = IntakeChannel.Visit;

    [Display(Name = "接收时间")]
    public DateTime? ReceivedAt { get; set; }

    [Display(Name = "村(社区)")]
    public long? VillageId { get; set; }

    [Display(Name = "纠纷类别")]
    public string? Category { get; set; }

    [Display(Name = "事项摘要")]
    public string? Summary { get; set; }

    [Display(Name = "详细情况")]
    public string? Description { get; set; }

    public bool IsMajor { get; set; }

    public bool IsGroup { get; set; }

    public bool IsSkipLevelPetition { get; set; }

    public bool IsEmergency { get; set; }

    public List<PartyInput> Parties { get; set; } = [];

    /// <summary>One party row; a row left entirely blank is ignored.</summary>
    public sealed class PartyInput
    {
        public PartyRole? Role { get; set; }

        public string? Name { get; set; }

        public string? Phone { get; set; }

        public string? IdNumber { get; set; }

        public string? Address { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Phone)
            && string.IsNullOrWhiteSpace(IdNumber) && string.IsNullOrWhiteSpace(Address);
    }
}
