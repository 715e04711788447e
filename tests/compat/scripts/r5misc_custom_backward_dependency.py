import mxnet as mx
SEEN = []
@mx.operator.register('r5misc_dd')
class P(mx.operator.CustomOpProp):
    def list_arguments(self):
        return ['a', 'b']
    def list_outputs(self):
        return ['o1', 'o2']
    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0], in_shape[0]], []
    def declare_backward_dependency(self, out_grad, in_data, out_data):
        SEEN.append(('dep', list(out_grad), list(in_data), list(out_data)))
        return out_grad + in_data
    def create_operator(self, ctx, shapes, dtypes):
        SEEN.append('create')
        class O(mx.operator.CustomOp):
            def forward(self, is_train, req, in_data, out_data, aux):
                SEEN.append('fwd')
                self.assign(out_data[0], req[0], in_data[0] * 2)
                self.assign(out_data[1], req[1], in_data[1] * 2)
            def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
                SEEN.append('bwd')
                self.assign(in_grad[0], req[0], out_grad[0] * 2)
                self.assign(in_grad[1], req[1], out_grad[1] * 2)
        return O()
x = mx.nd.ones(2); x.attach_grad()
z = mx.nd.ones(2); z.attach_grad()
SEEN.append('nd no record')
mx.nd.Custom(x, z, op_type='r5misc_dd')[0].wait_to_read()
SEEN.append('record')
with mx.autograd.record():
    y = mx.nd.Custom(x, z, op_type='r5misc_dd')
    s = y[0] + y[1]
SEEN.append('backward1')
s.backward(retain_graph=True)
mx.nd.waitall()
SEEN.append('backward2')
s.backward()
mx.nd.waitall()
SEEN.append('sym')
sy = mx.sym.Custom(mx.sym.var('a'), mx.sym.var('b'), op_type='r5misc_dd')
SEEN.append('bind')
ex = sy.simple_bind(mx.cpu(), a=(2,), b=(2,))
SEEN.append('fwd')
ex.forward(is_train=True)
ex.backward([mx.nd.ones(2), mx.nd.ones(2)])
mx.nd.waitall()
print(SEEN)
