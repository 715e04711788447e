"""A quantized_concat symbol given only its arrays records num_args as their count and adds each one's min and max range inputs, as MXNet does."""
import mxnet as mx, json
d = mx.sym.Variable('d'); e = mx.sym.Variable('e')
for kw in [dict(), dict(dim=1), dict(num_args=2)]:
    for args in [(d, e), (d, e, d), (d,)]:
        try:
            s = mx.sym.contrib.quantized_concat(*args, name='x', **kw)
            g = json.loads(s.tojson())
            print(kw, len(args), [(x['op'], x.get('attrs')) for x in g['nodes'] if x['op'] != 'null'], s.list_arguments())
        except Exception as ex:
            print(kw, len(args), 'EXC', str(ex)[:200])
