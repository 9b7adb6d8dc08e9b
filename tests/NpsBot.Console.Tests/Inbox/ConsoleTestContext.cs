using Bunit;
using MudBlazor.Services;

namespace NpsBot.Console.Tests.Inbox;

/// <summary>A bunit context with MudBlazor's services; MudBlazor's JavaScript calls are answered loosely.</summary>
public abstract class ConsoleTestContext : BunitContext
{
    protected ConsoleTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }
}
