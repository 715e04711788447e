"""Every registered differentiable operator has a row in one of the tests/ndarray/test_ops_*.py tables."""
import importlib.util
import pathlib

from distnet.ndarray.registry import OPS

HERE = pathlib.Path(__file__).parent


def _load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GRAPH_OPERATORS = _load(HERE.parent / "numpy" / "test_np_graph_op_gradients.py", "_np_graph_cases").GRAPH_OPERATORS

# Checked elsewhere, with the reason.
ELSEWHERE = {
    "_index": "indexing gradients: tests/ndarray/test_ndarray.py",
    "Custom": "user-defined: tests/test_operator.py",
    "SVMOutput": "a loss layer whose gradient ignores dy: tests/ndarray/test_ops_misc.py",
    "_square_sum": "row_sparse input only: tests/ndarray/test_sparse_storage.py",
    "_contrib_DeformableConvolution": "finite differences and MXNet's gradients: tests/ndarray/test_deformable_conv.py",
    "_contrib_ModulatedDeformableConvolution": "backward refused as in MXNet: tests/ndarray/test_deformable_conv.py",
    "_contrib_PSROIPooling": "MXNet's recorded gradients: tests/ndarray/test_psroi_pooling.py",
    "_contrib_DeformablePSROIPooling": "MXNet's recorded gradients: tests/ndarray/test_psroi_pooling.py",
    "_contrib_Proposal": "zero gradients as MXNet: tests/ndarray/test_proposal.py",
    "_contrib_MultiProposal": "zero gradients as MXNet: tests/ndarray/test_proposal.py",
    "_contrib_MultiBoxPrior": "zero gradient, float32 data only: tests/ndarray/test_ops_contrib.py",
    "_contrib_MultiBoxTarget": "zero gradients as MXNet assigns them: compat script r41opfz_zero_grad_requests",
    "_contrib_MultiBoxDetection": "zero gradients as MXNet assigns them: compat script r41opfz_zero_grad_requests",
    "_contrib_interleaved_matmul_selfatt_qk": "float32 only, central differences: tests/ndarray/test_ops_contrib.py",
    "_contrib_interleaved_matmul_selfatt_valatt": "float32 only, central differences: tests/ndarray/test_ops_contrib.py",
    "_contrib_interleaved_matmul_encdec_qk": "float32 only, central differences: tests/ndarray/test_ops_contrib.py",
    "_contrib_interleaved_matmul_encdec_valatt": "float32 only, central differences: tests/ndarray/test_ops_contrib.py",
    "_contrib_SyncBatchNorm": "recorded from MXNet: compat script contribops_sync_batch_norm",
    "_contrib_BatchNormWithReLU": "equal to relu(BatchNorm)'s: tests/ndarray/test_batchnorm_variants.py",
    "IdentityAttachKLSparseReg": "closed form: tests/ndarray/test_kl_sparse_reg.py",
    "_contrib_round_ste": "straight-through (a step has no finite difference): compat script nd_contrib_ste",
    "_contrib_sign_ste": "straight-through (a step has no finite difference): compat script nd_contrib_ste",
    "_contrib_SparseEmbedding": "row_sparse weight gradients only: tests/ndarray/test_ops_sparse_embedding.py",
    **{name: "mx.np: finite differences in tests/numpy/test_np_core_semantics.py" for name in (
        "_np_sum", "_npi_mean", "_np_prod", "_np_max", "_np_min", "_np_cumsum", "_npi_diag", "_npi_diagflat",
        "_npi_einsum", "_npi_getitem", "_npi_rearrange", "_npi_tril", "_npi_where", "_npi_det", "_npi_slogdet", "_npi_arctan2", "_npi_copysign", "_npi_ldexp", "_npi_norm",
        "_npi_diff_kernel", "_npi_ediff1d_kernel")},
    "_npi_moment": "zero gradient as MXNet's std/var: tests/numpy/test_np_core_semantics.py",
    "_npi_bool_average": "a failed kernel whose gradient carries its error: compat script r46npfz6_bool_average_recorded",
    "_npi_rarctan2_scalar": "MXNet's gradient (-x / (x * x + s * s), not the derivative): compat script "
                            "r33fut7_hybrid_ldexp_arctan2_scalar",
    **{name: "a hybridized gradient graph refused as MXNet 1.9.1's: compat script r33fut7_hybrid_copysign_scalar"
       for name in ("_npi_copysign_scalar", "_npi_rcopysign_scalar")},
    "_npi_polyval": "closed forms and finite differences: tests/numpy/test_np_polyval_and_negation.py",
    "_npi_weighted_average": "finite differences: tests/numpy/test_np_statistics_kernels.py",
    "_npi_true_divide_integers": "a backward kernel error, as MXNet's: tests/numpy/test_np_gradient_dtypes.py",
    "_npi_int_bool_binary": "a backward kernel error, as MXNet's: compat script r28fna_int_bool_backward",
    "_npi_mixed_binary": "MXNet's mixed-type gradients: compat script r41left7_np_mixed_head_dtypes",
    "_npi_array_with_number": "a backward kernel error of a bool (or integer true_divide) array with a number, as "
                              "MXNet's: compat script r47npfz7_bool_with_number_nodes",
    "_npi_true_divide_same_integers": "MXNet's gradients and kernel errors of one integer type: compat script "
                                      "r41left7_np_mixed_head_dtypes",
    "_npi_unsupported_dtype_pair_backward": "a failed forward with broadcast_div's gradient or a backward kernel "
                                            "error, as MXNet's: compat script r40left5_np_mixed_pair_grads",
    **{name: "MXNet's recorded gradients: compat script np_ops_gradients" for name in (
        "_npi_where_lscalar", "_npi_where_rscalar", "_npi_nan_to_num")},
    "_npi_sv_norm": "MXNet's recorded gradients: compat script np_ops_linalg_grads",
    **{name: "a hybridized block's sampler of symbol parameters: closed forms in "
             "tests/numpy/test_np_symbol_hybridize.py, MXNet's recorded gradients in compat script "
             "r18hyb_np_graph_nodes" for name in ("_npi_normal", "_npi_uniform")},
    "_npi_cholesky": "the graph node of np.linalg.cholesky, potrf's gradient: compat script r18hyb_np_norm_graphs",
    "_npi_norm_squared_head": "MXNet's recorded gradients (the head gradient squared): compat script "
                              "r7np_norm_head_squared",
    "_npi_svd": "MXNet's recorded gradients and finite differences: compat script np_linalg_svd_grad",
    "_npi_solve": "MXNet's recorded gradients: compat script np_linalg_dtype_rules",
    "_tensorsolve_matrix": "finite differences in tests/numpy/test_np_tensorsolve_gradient.py, MXNet's recorded "
                           "gradients in compat script r8np_tensorsolve_lu",
    "_tensorinv_matrix": "closed form in tests/numpy/test_np_inverse_gradients.py, MXNet's recorded gradients in "
                         "tests/ndarray/test_ops_linalg.py test_inverse_gradients_add_as_openblas_prescott_sgemm",
    "_matmul_broadcast": "MXNet's flat-chunk sum, closed form in tests/numpy/test_np_gradient_quirks.py "
                         "test_matmul_sums_a_broadcast_gradient_in_flat_chunks",
    "_sparse_retain": "row_sparse input only: tests/ndarray/test_sparse_mxnet_rules.py",
    "amp_multicast": "float16/float64 fail as MXNet's CPU kernel (the table runs float64): tests/ndarray/"
                     "test_ops_misc.py test_amp_multicast_float32_with_integers",
    "amp_cast": "float64 fails as MXNet's CPU kernel (the table runs float64): closed form in tests/ndarray/"
                "test_ops_misc.py test_amp_casts",
    "Crop": "float32 only, as MXNet's kernel: closed form in tests/ndarray/test_shape_index_edge_rules.py",
    "GridGenerator": "float32 only, as MXNet's kernel: closed form and finite differences in "
                     "tests/ndarray/test_grid_sampler_rounding.py",
    "CTCLoss": "float32 only, as MXNet's kernel: MXNet's recorded gradients in tests/ndarray/test_ops_rnn.py",
    **{name: "NumPy graph operators: finite differences in tests/numpy/test_np_graph_op_gradients.py"
       for name in GRAPH_OPERATORS},
    **{name: "a node running an mx.np function, differentiated by autograd: finite differences in "
             "tests/numpy/test_np_symbol_functions.py, MXNet's recorded gradients in compat script "
             "np_hybridize_functions" for name, op in OPS.items() if op.fwd.__module__ == "distnet.numpy.graph_functions"},
    **{name: "zero gradients for every input, as MXNet's: compat scripts r40lead_quantized_gradients and "
             "r40opfz_gradient_kinds" for name, op in OPS.items()
       if name.startswith(("_contrib_quantize", "_contrib_dequantize", "_contrib_requantize"))},
    **{name: "MXNet passes the head gradient through (or refuses): tests/ndarray/test_ops_image.py "
             "test_image_backward_rules" for name in (
        "_image_adjust_lighting", "_image_flip_left_right", "_image_flip_top_bottom", "_image_random_brightness",
        "_image_random_color_jitter", "_image_random_contrast", "_image_random_flip_left_right",
        "_image_random_flip_top_bottom", "_image_random_hue", "_image_random_lighting", "_image_random_saturation",
        "_image_resize", "_image_to_tensor")},
}


def _table_ops():
    names = set()
    for path in sorted(HERE.glob("test_ops_*.py")):
        module = _load(path, f"_optable_{path.stem}")
        names.update(OPS[case.op].name for case in getattr(module, "CASES", ()) if case.grad)
    return names


def test_every_differentiable_operator_has_a_gradient_case():
    differentiable = {op.name for op in OPS.values() if op.bwd is not None}
    missing = sorted(differentiable - _table_ops() - set(ELSEWHERE))
    assert not missing, f"operators with a backward but no gradient case in a test_ops_*.py table: {missing}"
