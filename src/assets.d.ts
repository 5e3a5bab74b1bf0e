declare module "*.conf" {
  const text: string;
  export default text;
}
