#if HERTHON_DTRACE
namespace Herthon.Probes
{
    /// <summary>
    /// Under NativeAOT a static readonly field is not a constant folded into its readers, and a class
    /// with a static constructor costs every reader a "has the constructor run?" test: a disabled marker
    /// was lea + cmp [base-8] + jne + mov + cmpw + je. Constructed eagerly (before Main, as ILC does for
    /// classes with this attribute), HerthonProvider needs no such test: a disabled marker is one load
    /// of the semaphore's address, one load and compare of the semaphore, one branch — the GOT-style
    /// load CPython's --enable-shared build pays too. CoreCLR ignores the attribute; its tier-1 JIT
    /// folds the address as before.
    /// </summary>
    [System.Runtime.CompilerServices.EagerStaticClassConstruction]
    internal static partial class HerthonProvider;
}

namespace System.Runtime.CompilerServices
{
    /// <summary>ILC recognises this attribute by name: the class's static constructor runs at start-up.</summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    internal sealed class EagerStaticClassConstructionAttribute : Attribute;
}
#endif
