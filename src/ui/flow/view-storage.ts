/** localStorage key of the form view the person chose ("guided" or "full"), remembered across visits. */
export const VIEW_STORAGE_KEY = 'cfdw:view:v1';
