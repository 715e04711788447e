"""simple_bind with a sparse stype_dict that leaves other arguments' storage undecided fails with MXNet's whole message, including the exec_utils.h trace line."""
# recorded on AVX2
import mxnet as mx

data = mx.sym.Variable('data')
fc = mx.sym.FullyConnected(data, num_hidden=3, name='fc')
for stypes in [{'data': 'csr'}, {'data': 'row_sparse'}, {'fc_weight': 'row_sparse'}, {'data': 'default'}]:
    for req in ['write', 'null']:
        try:
            exe = fc.simple_bind(mx.cpu(), data=(2, 5), stype_dict=stypes, grad_req=req)
            print(stypes, req, 'bound', [a.stype for a in exe.arg_arrays])
        except RuntimeError as e:
            print(stypes, req, type(e).__name__)
            print(str(e))
try:
    fc.simple_bind(mx.cpu())
except RuntimeError as e:
    print(str(e))
