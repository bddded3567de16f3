using Zongzhi.Cli;

return await ZongzhiCommand.RunAsync(args);

/// <summary>The entry point; Zongzhi.Platform.WebApp builds the web app (also for WebApplicationFactory).</summary>
public partial class Program;
