using Herthon.Runtime;

namespace Herthon.Evaluation;

// Frame reuse (CPython <= 3.10's "zombie frame"): a function keeps the frame of its last finished
// call, unless that frame escaped, and its next call starts in it instead of allocating a Frame
// and a Slot[]. A frame escapes when a reference to it reaches anything that can outlive the call:
// a traceback entry, sys._getframe, f_back, a trace or signal handler's frame argument, a locals
// snapshot or f_trace (FrameExtra). Through f_back an escaped frame reaches its callers, so they
// escape with it. Escaped frames are never reused: whoever holds one sees its locals and f_lineno
// as they were when it finished.
public sealed partial class Frame
{
    /// <summary>A reference to this frame was handed out (see Escape); it is never reused.</summary>
    internal bool Escaped;
    /// <summary>The function whose finished frame this may become (frames NewFrame made for it).</summary>
    internal PyFunction? Owner;

    /// <summary>Marks this frame and the callers its f_back chain reaches as escaped; returns it.</summary>
    internal Frame Escape()
    {
        // An escaped frame's callers escaped with it: the walk stops there, except at a generator's
        // frame, whose f_back is a different caller on every resume.
        for (var f = this; f is not null; f = f.Back)
        {
            if (f.Escaped && f.Generator is null) break;
            f.Escaped = true;
        }
        return this;
    }

    /// <summary>Back to the state of a new frame of the same code.</summary>
    internal void Reset()
    {
        System.Array.Clear(Slots);
        Ip = 0;
        Sp = StackBase;
        Back = null;
        LastLine = 0;
        KwNames = null;
        Finished = false;
        PendingThrow = null;
        InitSelf = null;
        InitType = null;
#if HERTHON_DTRACE
        _probeId = 0;   // one id per activation
#endif
    }
}

public static partial class Interpreter
{
    /// <summary>A returned frame of <see cref="Frame.Owner"/> becomes its function's spare frame,
    /// cleared as a new one would be, unless it escaped.</summary>
    private static void Recycle(Frame f)
    {
        if (f.Escaped || f.Extra is not null || f.Owner is not { } owner) return;
        f.Reset();
        owner.SpareFrame = f;
    }
}
