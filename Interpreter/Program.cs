namespace Herthon;

public static class Program
{
    public static int Main(string[] args) => Hosting.Host.RunMain(args, Console.In, Console.Out, Console.Error);
}
