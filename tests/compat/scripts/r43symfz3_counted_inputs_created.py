"""multi_all_finite, multi_sum_sq and amp_multicast symbols given fewer inputs than their count make the missing ones as <node>_array_<i> (amp_multicast: <node>_data_<i>) variables, as MXNet does."""
import mxnet as mx, re
def T(name, f):
    try:
        r = f()
        print(name, '->', r.list_arguments(), r.list_auxiliary_states(), r.list_outputs())
    except Exception as e:
        print(name, 'EXC', type(e).__name__, re.sub(r'\[[\d:]+\] ', '', str(e))[:300])
d = mx.sym.Variable('d')
T('maf', lambda: mx.sym.multi_all_finite(name='x'))
T('maf d 3', lambda: mx.sym.multi_all_finite(d, num_arrays=3, name='x'))
T('maf noname', lambda: mx.sym.multi_all_finite(num_arrays=2))
T('mss 2', lambda: mx.sym.multi_sum_sq(num_arrays=2, name='x'))
T('mss d 2', lambda: mx.sym.multi_sum_sq(d, num_arrays=2, name='x'))
T('amp 2', lambda: mx.sym.amp_multicast(d, num_outputs=2, name='x'))
import json
for s in [mx.sym.multi_all_finite(d, num_arrays=3, name='y'), mx.sym.amp_multicast(d, num_outputs=2, name='z'), mx.sym.multi_sum_sq(num_arrays=2, name='w')]:
    print([(n['op'], n['name'], n.get('attrs')) for n in json.loads(s.tojson())['nodes']])
    if 'd' in s.list_arguments():
        print(s.infer_shape_partial(d=(2,)), s.infer_type_partial(d='float16'))
