"""A bound Custom node's backward node as MXNet makes it: _backward_Custom under the forward node's own name, reading the head gradients only when the Prop needs them (no zeros node otherwise), the arguments and the outputs, without attributes; debug_str lists it and monitors name its inputs and outputs <node>_input<k> / <node>_output<k>."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd
class Op(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        for o in out_data: self.assign(o, req[0], in_data[0] * 2)
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        for i in range(len(in_grad)): self.assign(in_grad[i], req[i], nd.ones(in_grad[i].shape))
for ntg, nout in [(True, 1), (False, 1), (True, 2)]:
    class P(mx.operator.CustomOpProp):
        def __init__(self, ntg=ntg, nout=nout):
            super().__init__(need_top_grad=ntg); self.nout = nout
        def list_arguments(self): return ["data", "other"]
        def list_outputs(self): return ["o%d" % i for i in range(self.nout)]
        def create_operator(self, ctx, s, d): return Op()
    name = "r33fcu_dbg_%s_%d" % (ntg, nout)
    mx.operator.register(name)(P)
    s = mx.sym.Custom(mx.sym.var("d"), mx.sym.var("e"), op_type=name, name="c")
    s = mx.sym.relu(s[0]) if nout == 2 else s
    ex = s.simple_bind(mx.cpu(), d=(2,), e=(2,))
    print(ex.debug_str())
    ex.forward(is_train=True, d=nd.ones((2,)), e=nd.ones((2,)))
    ex.backward(nd.ones((2,)))
    print(ex.grad_arrays[0].asnumpy())




class Op(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * 2 + in_data[1])
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        for i in range(2): self.assign(in_grad[i], req[i], nd.ones(in_grad[i].shape))
for ntg in [True, False]:
    class P(mx.operator.CustomOpProp):
        def __init__(self, ntg=ntg):
            super().__init__(need_top_grad=ntg)
        def list_arguments(self): return ["data", "other"]
        def create_operator(self, ctx, s, d): return Op()
    name = "r33fcu_mon_%s" % ntg
    mx.operator.register(name)(P)
    s = mx.sym.Custom(mx.sym.var("d"), mx.sym.var("e"), op_type=name, name="c")
    for all_ in [False, True]:
        ex = s.simple_bind(mx.cpu(), d=(2,), e=(2,))
        names = []
        ex.set_monitor_callback(lambda n, a: names.append(n), monitor_all=all_)
        ex.forward(is_train=True, d=nd.ones((2,)), e=nd.ones((2,)))
        ex.backward(nd.ones((2,)))
        nd.waitall()
        print(ntg, all_, names)
