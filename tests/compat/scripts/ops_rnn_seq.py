# RNN op (rnn_tanh/relu/lstm/gru, layers, bidirectional, states), sequence ops, CTCLoss.
import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def show(label, f, rnd=4):
    try:
        r = f()
        if isinstance(r, (list, tuple)):
            for i, a in enumerate(r):
                print(label, i, a.dtype.__name__, a.shape, np.round(a.asnumpy(), rnd).tolist())
            return
        print(label, r.dtype.__name__, r.shape, np.round(r.asnumpy(), rnd).tolist())
    except Exception as e:
        print(label, "ERR", type(e).__name__)


T, N, I, H = 3, 2, 3, 4
x = nd.array(np.sin(np.arange(T * N * I)).reshape(T, N, I))
gates = {"rnn_tanh": 1, "rnn_relu": 1, "lstm": 4, "gru": 3}
for mode, g in gates.items():
    for layers, bi in [(1, False), (2, False), (1, True)]:
        d = 2 if bi else 1
        size = 0
        for l in range(layers):
            inp = I if l == 0 else H * d
            size += d * (g * H * inp + g * H * H + 2 * g * H)
        params = nd.array(np.cos(np.arange(size)) * 0.3)
        h0 = nd.array(np.sin(np.arange(layers * d * N * H)).reshape(layers * d, N, H) * 0.1)
        args = [x, params, h0]
        kw = dict(state_size=H, num_layers=layers, mode=mode, bidirectional=bi)
        if mode == "lstm":
            args.append(nd.array(np.cos(np.arange(layers * d * N * H)).reshape(layers * d, N, H) * 0.1))
        show("RNN %s L%d bi%d" % (mode, layers, bi), lambda: nd.RNN(*args, **kw))
        show("RNN %s L%d bi%d states" % (mode, layers, bi), lambda: nd.RNN(*args, state_outputs=True, **kw))
        ps = [a.copy() for a in args]
        for a in ps:
            a.attach_grad()
        with autograd.record():
            y = nd.RNN(*ps, **kw)
        y.backward(nd.ones_like(y))
        print("RNN grad", mode, layers, bi, [np.round(a.grad.asnumpy(), 3).ravel()[:12].tolist() for a in ps])
show("RNN bad params", lambda: nd.RNN(x, nd.ones((5,)), nd.zeros((1, N, H)), state_size=H, num_layers=1, mode="gru"))
show("RNN bad mode", lambda: nd.RNN(x, nd.ones((5,)), nd.zeros((1, N, H)), state_size=H, num_layers=1, mode="xyz"))
# sequence ops
s = nd.array(np.arange(24).reshape(4, 2, 3) + 1.0)
ln = nd.array([2, 4])
show("SequenceMask", lambda: nd.SequenceMask(s, ln, use_sequence_length=True))
show("SequenceMask value", lambda: nd.SequenceMask(s, ln, use_sequence_length=True, value=-1))
show("SequenceMask axis1", lambda: nd.SequenceMask(s.transpose((1, 0, 2)), ln, use_sequence_length=True, axis=1))
show("SequenceMask nolen", lambda: nd.SequenceMask(s))
show("SequenceMask frac", lambda: nd.SequenceMask(s, nd.array([1.5, 3.7]), use_sequence_length=True))
show("SequenceMask int len", lambda: nd.SequenceMask(s, nd.array([1, 3], dtype="int32"), use_sequence_length=True))
show("SequenceLast", lambda: nd.SequenceLast(s, ln, use_sequence_length=True))
show("SequenceLast nolen", lambda: nd.SequenceLast(s))
show("SequenceLast axis1", lambda: nd.SequenceLast(s.transpose((1, 0, 2)), ln, use_sequence_length=True, axis=1))
show("SequenceReverse", lambda: nd.SequenceReverse(s, ln, use_sequence_length=True))
show("SequenceReverse nolen", lambda: nd.SequenceReverse(s))
for name in ["SequenceMask", "SequenceLast", "SequenceReverse"]:
    p = s.copy(); p.attach_grad()
    with autograd.record():
        y = getattr(nd, name)(p, ln, use_sequence_length=True)
    y.backward(nd.ones_like(y) * 2)
    print(name, "grad", p.grad.asnumpy().tolist())
# CTCLoss
acts = nd.array(np.sin(np.arange(4 * 2 * 5)).reshape(4, 2, 5))
lab = nd.array([[1, 2], [3, 0]])
show("CTCLoss", lambda: nd.CTCLoss(acts, lab))
show("ctc_loss", lambda: nd.ctc_loss(acts, lab))
show("CTCLoss blank last", lambda: nd.CTCLoss(acts, nd.array([[1, 2], [3, 4]]), blank_label="last"))
show("CTCLoss lengths", lambda: nd.CTCLoss(acts, lab, nd.array([4, 3]), nd.array([2, 1]), use_data_lengths=True, use_label_lengths=True))
show("CTCLoss pad -1", lambda: nd.CTCLoss(acts, nd.array([[1, 2], [3, -1]]), blank_label="last"))
show("CTCLoss contrib", lambda: nd.contrib.CTCLoss(acts, lab))
show("CTCLoss too long", lambda: nd.CTCLoss(acts, nd.array([[1, 2, 1, 2, 1], [3, 3, 3, 3, 3]])))
p = acts.copy(); p.attach_grad()
with autograd.record():
    y = nd.CTCLoss(p, lab)
y.backward()
print("CTCLoss grad", np.round(p.grad.asnumpy(), 4).tolist())
