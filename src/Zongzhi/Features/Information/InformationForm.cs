using System.ComponentModel.DataAnnotations;
using Zongzhi.Domain.Information;

namespace Zongzhi.Features.Information;

/// <summary>What the 登记信息 page posts; the use case validates it (<see cref="RegisterInformation"/>), this only carries it.</summary>
public sealed class InformationForm
{
    public string FormToken { get; set; } = "";

    [Display(Name = "信息来源")]
    public InformationSource? Source { get; set; }

    [Display(Name = "越级上访")]
    public bool IsSkipLevelPetition { get; set; }

    [Display(Name = "村(社区)")]
    public long? VillageId { get; set; }

    [Display(Name = "纠纷类别")]
    public string? Category { get; set; }

    [Display(Name = "发生时间")]
    public DateTime? OccurredAt { get; set; }

    [Display(Name = "发生地点")]
    public string? Place { get; set; }

    [Display(Name = "信息摘要")]
    public string? Summary { get; set; }

    [Display(Name = "详细情况")]
    public string? Description { get; set; }

    [Display(Name = "涉及人数")]
    public int? PeopleInvolved { get; set; }

    [Display(Name = "严重程度")]
    public InformationSeverity? Severity { get; set; }

    [Display(Name = "附件（可不填）")]
    public IFormFile? Attachment { get; set; }

    [Display(Name = "附件说明")]
    public string? AttachmentDescription { get; set; }
}
