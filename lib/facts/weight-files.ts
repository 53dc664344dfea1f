/**
 * Recognises model weight files by name, hub-agnostic. A repo whose file list has none of these publishes no weights.
 */

/** Extensions that hold weights (serialised tensors) in common formats. */
const WEIGHT_EXTENSIONS = new Set([
  'safetensors',
  'bin',
  'pt',
  'pth',
  'ckpt',
  'gguf',
  'ggml',
  'ggmf',
  'ggjt',
  'onnx',
  'onnx_data',
  'h5',
  'hdf5',
  'keras',
  'msgpack',
  'tflite',
  'mlmodel',
  'nemo',
  'ot',
  'npz',
  'pdparams',
  'llamafile',
  'mar',
  'engine',
  'joblib',
]);

/** Training-state files that share a weight extension but are not the model. */
const NOT_WEIGHTS = /^(training_args|optimizer|scheduler|rng_state[\w-]*|trainer_state|scaler)\.(bin|pt|pth)$/i;

/** Directory-like bundles whose contents are the weights (Core ML packages, OpenVINO, TF SavedModel variables). */
const WEIGHT_DIRS = /(^|\/)[^/]+\.mlpackage\//i;

export function isWeightFile(path: string): boolean {
  if (path.length > 1024) return false;
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (NOT_WEIGHTS.test(base)) return false;
  if (WEIGHT_DIRS.test(path)) return true;
  // Sharded checkpoints such as `model.safetensors.index.json` are indexes, not weights.
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return false;
  const ext = base.slice(dot + 1).toLowerCase();
  if (WEIGHT_EXTENSIONS.has(ext)) return true;
  // TensorFlow SavedModel: variables/variables.data-00000-of-00001
  return /(^|\/)variables\/variables\.data-\d+-of-\d+$/.test(path);
}

/** The weight files among `names`, in their order. */
export function weightFiles(names: readonly string[]): string[] {
  return names.filter(isWeightFile);
}
