"""Names mx.np does not have (helpers of its implementation) are absent, and asking for one says so."""
# recorded on AVX2
import mxnet as mx

for name in ["INPLACE_MATMUL", "attribute_value", "check_matmul_shapes", "cumsum_axis_refusal", "message_of", "pause",
             "tblob_mismatch", "written_into", "builtin_at", "located", "invoke_np", "wrap_np", "NDArray", "OPS",
             "MXNetError",
             "zeros_like", "argmax", "pi", "ndarray", "linalg", "random", "set_printoptions"]:
    present = hasattr(mx.np, name)
    try:
        getattr(mx.np, name)
        print(f"{name:22} {present}")
    except AttributeError as e:
        print(f"{name:22} {present} AttributeError: {e}")
