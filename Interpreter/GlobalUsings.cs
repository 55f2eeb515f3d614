global using ThreadState = Herthon.Evaluation.ThreadState;
