using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

// The commonest hits of the LOAD_ATTR, LOAD_METHOD and STORE_ATTR caches, inlined into the loop's
// cases: an exact PyDictInstance or PySlotInstance (PyInstance.IsExact) whose type and version are a site's entry (LOAD_METHOD: its first
// entry), reading or replacing a value of the shared-key layout or reading or storing a `__slots__`
// member (LOAD_ATTR, STORE_ATTR: both live in the instance's value storage) or a
// plain method the instance does not shadow (LOAD_METHOD). Everything else (other entries, other kinds, a value
// not yet present, misses) goes on to LoadAttrCached, LoadMethodCached and StoreAttrCached as
// before; these tests are the same ones those methods make for these kinds, without their call,
// prologue and kind switch.
public static partial class Interpreter
{
    /// <summary>The site's first entry for instruction <paramref name="at"/>, or null. No bounds
    /// test: the cache has one entry per instruction of the code (AttrSiteAt), and at is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static AttrSite? SiteAt(AttrSite?[] sites, int at) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(sites), at);

    /// <summary>o.name from the site's InstanceValue or SlotMember entry for o's type (a site keeps
    /// one entry per type it saw: a base-class method run on several subclasses), or null when
    /// the site does not say (the caller then takes LoadAttrCached, which also handles an absent
    /// value). The entry's ValueVersion is its type's version only for these kinds (AttrSite.Seal),
    /// and versions are unique among types: one compare proves the type, its version and the kind.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? InstanceValueHit(CodeObject code, int at, PyObject o)
    {
        if (PyInstance.IsExact(o) && code.AttrCache is { } sites && SiteAt(sites, at) is { } site)
        {
            var inst = Unsafe.As<PyInstance>(o);
            int version = inst.Type.Version;
            do
            {
                if (version == site.ValueVersion)
                {
                    // A slot member's site has no key table, and neither has an instance of a class with slots.
                    if (ReferenceEquals(inst.Keys, site.Keys)) return inst.ValueAt(site.Index);
                    break;
                }
                site = site.Next;
            } while (site is not null);
        }
        return null;
    }

    /// <summary>LOAD_METHOD on the site's Method entry for the instance's type when the instance provably
    /// lacks the name (its key table is the one the site saw and has not grown, or it has no
    /// attributes at all): that entry (its Descr the method), or null. MethodVersion is the type's
    /// version only for a Method entry whose name was not in the key table seen.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static AttrSite? MethodHitSite(CodeObject code, int at, PyObject o)
    {
        if (PyInstance.IsExact(o) && code.AttrCache is { } sites && SiteAt(sites, at) is { } site)
        {
            var inst = Unsafe.As<PyInstance>(o);
            int version = inst.Type.Version;
            do
            {
                if (version == site.MethodVersion)
                {
                    var keys = inst.Keys;
                    if (keys is not null
                            ? ReferenceEquals(keys, site.Keys) && keys.Count == site.KeyCount
                            : inst.RawDict is null)
                        return site;
                    break;
                }
                site = site.Next;
            } while (site is not null);
        }
        return null;
    }

    /// <summary>STORE_ATTR o.name = value on the site's InstanceValue or SlotMember entry for o's type when the instance
    /// already holds a value at that index (a replacement: no layout change), or it is a slot. False: nothing was
    /// stored, StoreAttrCached decides.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StoreValueHit(CodeObject code, int at, PyObject o, PyObject value)
    {
        if (PyInstance.IsExact(o) && code.AttrCache is { } sites && SiteAt(sites, at) is { } site)
        {
            var inst = Unsafe.As<PyInstance>(o);
            int version = inst.Type.Version;
            do
            {
                if (version == site.ValueVersion)
                {
                    var keys = site.Keys;
                    if (ReferenceEquals(inst.Keys, keys))
                        // A slot takes any store; a shared-layout value only a replacement (an absent
                        // one may change the layout: StoreAttrCached decides).
                        return inst.StoreValueHit(site.Index, value, keys is null);
                    break;
                }
                site = site.Next;
            } while (site is not null);
        }
        return false;
    }
    /// <summary>DUP_TOP LOAD_ATTR (`o.x op= v`, the load half): on the LOAD_ATTR site's instance value
    /// of o (s[sp-1]), the value goes to s[sp] (the loop moves sp past it). False: nothing was
    /// changed. A call of its own: with the hit and a fused BINARY_OP written into the loop's case
    /// (build n1 of calls11), the loop spilled its opcode in the dispatch block (78 bytes, two lines
    /// instead of 63 bytes, one line).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool DupAttrHit(CodeObject code, int at, Slot[] s, int sp)
    {
        if (InstanceValueHit(code, at, s[sp - 1].V!) is { } v)
        {
            s[sp].V = v;
            return true;
        }
        return false;
    }

    /// <summary>BINARY_OP ROT_TWO STORE_ATTR (`o.x op= v`, the store half): stores the operation's
    /// result r as o.name (o is s[sp-1], the STORE_ATTR at <paramref name="at"/>) on the site's
    /// instance value or slot, and clears s[sp] (a stale operand) and s[sp-1]; the loop then drops
    /// o. False: nothing was changed, ROT_TWO and STORE_ATTR run as they are.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool AugAttrStoreHit(CodeObject code, int at, Slot[] s, int sp, PyObject r)
    {
        if (!StoreValueHit(code, at, s[sp - 1].V!, r)) return false;
        s[sp].V = null;
        s[sp - 1].V = null;
        return true;
    }
    /// <summary>LOAD_FAST DUP_TOP LOAD_ATTR (`self.x op= v`, the load half): on the LOAD_ATTR site's
    /// instance value of the local's object o, o goes to s[sp] and the value to s[sp+1] (the loop
    /// moves sp past both). False: nothing was changed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool FastDupAttrHit(CodeObject code, int at, PyObject o, Slot[] s, int sp)
    {
        if (InstanceValueHit(code, at, o) is { } v)
        {
            s[sp].V = o;
            s[sp + 1].V = v;
            return true;
        }
        return false;
    }

    /// <summary>LOAD_FAST|LOAD_CONST k BINARY_OP|INPLACE_OP at <paramref name="ip"/> (`self.x += k`
    /// after its load half): k, or null (an unbound local, other instructions: they run as they
    /// are). BINARY_OP is read only after a load, which is never a code's last instruction.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? BinaryRightOperand(CodeObject code, nint instrs, int ip, Slot[] s)
    {
        int w = Fetch(instrs, ip);
        int op = w & 0xFF;
        if (op != (int)Op.LoadFast && op != (int)Op.LoadConst) return null;
        int b = Fetch(instrs, ip + 1) & 0xFF;
        if (b != (int)Op.BinaryOp && b != (int)Op.InplaceOp) return null;
        return op == (int)Op.LoadFast ? s[w >> 8].V : code.Constants[w >> 8];
    }

    /// <summary>LOAD_FAST o LOAD_ATTR name BINARY_OP|INPLACE_OP at <paramref name="ip"/> (a binary
    /// operation's right operand after another attribute: `a.x * b.x`, `total += p.x + p.y`):
    /// o.name on the LOAD_ATTR site's instance value, or null (nothing read: the instructions run
    /// as they are). Each instruction is read only after one that is never a code's last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? AttrOperand(CodeObject code, nint instrs, int ip, Slot[] s)
    {
        int w = Fetch(instrs, ip);
        if ((w & 0xFF) != (int)Op.LoadFast || (Fetch(instrs, ip + 1) & 0xFF) != (int)Op.LoadAttr) return null;
        int b = Fetch(instrs, ip + 2) & 0xFF;
        if (b != (int)Op.BinaryOp && b != (int)Op.InplaceOp) return null;
        return s[w >> 8].V is { } o ? InstanceValueHit(code, ip + 1, o) : null;
    }
}
